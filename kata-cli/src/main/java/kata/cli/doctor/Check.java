package kata.cli.doctor;

/** One thing {@code ./kata doctor} looks at. Checks only ask the {@link Environment}. */
@FunctionalInterface
public interface Check {

    Finding run(Environment env);
}
