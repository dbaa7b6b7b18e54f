package kata.cli;

import java.nio.file.Path;
import kata.cli.commands.Confirmation;
import kata.cli.commands.DirectoryWatcher;
import kata.cli.commands.GitDiff;
import kata.cli.demo.LiveDemo;
import kata.cli.doctor.SystemEnvironment;
import kata.cli.maven.Maven;
import kata.cli.maven.WrapperMaven;

/**
 * {@code ./kata}: wires the real world (this repository, the terminal, Maven, the machine) into
 * the commands and exits with their exit code. The scripts {@code kata} and {@code kata.cmd}
 * start it with the repository root as working directory ({@code -Dkata.root} says so too).
 */
public final class KataCli {

    private KataCli() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("kata.root", ".")).toAbsolutePath().normalize();
        Terminal terminal = Terminal.system();
        Maven maven = new WrapperMaven(root);
        KataContext kata = new KataContext(root, terminal, new SystemEnvironment(root), maven,
                DirectoryWatcher.factory(), Confirmation.console(), new GitDiff(terminal, root),
                new LiveDemo(root, terminal, maven));
        int exit = KataCommands.create(kata).execute(args);
        terminal.out().flush();
        terminal.err().flush();
        System.exit(exit);
    }
}
