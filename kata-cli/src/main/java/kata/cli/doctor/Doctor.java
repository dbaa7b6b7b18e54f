package kata.cli.doctor;

import java.util.ArrayList;
import java.util.List;

/** The list of checks {@code ./kata doctor} runs, in the order a learner would fix things. */
public final class Doctor {

    private final List<Check> checks;

    public Doctor(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static Doctor standard(String launcher) {
        return new Doctor(List.of(new JavaCheck(), new MavenWrapperCheck(launcher), new DockerCheck(),
                new RabbitMqCheck(), new NginxCheck(), new PortsCheck(), new OfflineCheck(launcher)));
    }

    /** Runs every check; one that throws becomes a FAIL line instead of ending the others. */
    public List<Finding> examine(Environment env) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            try {
                findings.add(check.run(env));
            } catch (RuntimeException e) {
                findings.add(Finding.fail(check.getClass().getSimpleName().replace("Check", "").toLowerCase(),
                        "the check itself failed: " + e, "please report this to your trainer"));
            }
        }
        return findings;
    }
}
