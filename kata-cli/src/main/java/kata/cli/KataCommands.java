package kata.cli;

import java.util.concurrent.Callable;
import kata.cli.commands.CheckCommand;
import kata.cli.commands.DemoCommand;
import kata.cli.commands.DiffCommand;
import kata.cli.commands.DoctorCommand;
import kata.cli.commands.HintCommand;
import kata.cli.commands.PrefetchCommand;
import kata.cli.commands.SolutionCommand;
import kata.cli.commands.StatusCommand;
import kata.cli.commands.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code kata} alone shows the board, and a handful of sub-commands. Every
 * wrong argument (an unknown command, step, target or demo) ends with exit code 2 and a message
 * saying what would have been right - never a stack trace.
 */
public final class KataCommands {

    /** Exit code for a wrong command line; picocli uses the same. */
    public static final int USAGE = 2;

    private KataCommands() {
    }

    /** {@code kata} with no sub-command: the board, like {@code kata status}. */
    @Command(name = "kata", mixinStandardHelpOptions = true, version = "kata 1.0 - Decomposing the Monolith",
            description = "The workshop's companion: your progress, the next target and its hint, your tests,"
                    + " this machine's readiness, and the 3 AM demo. Without a command: the board.",
            footer = {"", "Start with the board (no command), then 'check'. Colours are off when NO_COLOR is set."})
    static final class Root implements Callable<Integer> {

        private final StatusCommand status;

        Root(StatusCommand status) {
            this.status = status;
        }

        @Override
        public Integer call() {
            return status.call();
        }
    }

    public static CommandLine create(KataContext kata) {
        CommandLine cli = new CommandLine(new Root(new StatusCommand(kata)))
                .addSubcommand(new StatusCommand(kata))
                .addSubcommand(new CheckCommand(kata))
                .addSubcommand(new WatchCommand(kata))
                .addSubcommand(new HintCommand(kata))
                .addSubcommand(new DoctorCommand(kata))
                .addSubcommand(new PrefetchCommand(kata))
                .addSubcommand(new DemoCommand(kata))
                .addSubcommand(new DiffCommand(kata))
                .addSubcommand(new SolutionCommand(kata));
        cli.setCommandName(kata.terminal().launcher());
        cli.setOut(kata.terminal().out());
        cli.setErr(kata.terminal().err());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                kata.terminal().colours() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler((problem, args) -> wrongArguments(kata.terminal(), problem));
        cli.setExecutionExceptionHandler((problem, commandLine, parsed) -> failed(kata.terminal(), problem));
        return cli;
    }

    private static int wrongArguments(Terminal t, CommandLine.ParameterException problem) {
        String message = problem.getMessage();
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched
                && problem.getCommandLine().getParent() == null && !unmatched.getUnmatched().isEmpty()) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'. Commands: "
                    + String.join(", ", problem.getCommandLine().getSubcommands().keySet());
        }
        t.error(t.red("kata: " + message));
        CommandLine.UnmatchedArgumentException.printSuggestions(problem, t.err());
        t.error("See: " + t.command(commandPath(problem.getCommandLine()) + "--help"));
        return USAGE;
    }

    private static int failed(Terminal t, Exception problem) {
        if (problem instanceof UsageError) {
            t.error(t.red("kata: " + problem.getMessage()));
            return USAGE;
        }
        t.error(t.red("kata: something went wrong: " + problem));
        if (System.getenv("KATA_DEBUG") != null) {
            problem.printStackTrace(t.err());
        } else {
            t.error("Run again with KATA_DEBUG=1 for the details, and show them to your trainer.");
        }
        return 1;
    }

    private static String commandPath(CommandLine command) {
        return command.getParent() == null ? "" : command.getCommandName() + " ";
    }
}
