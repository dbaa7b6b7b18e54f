package kata.cli.workshop;

/**
 * A target and how it stands.
 *
 * @param number  its place in the step, from 1, as the README counts them
 * @param message the first line of its last failure, or why it was skipped; empty otherwise
 */
public record TargetProgress(int number, Target target, TargetStatus status, String message) {

    public boolean done() {
        return status == TargetStatus.PASSED;
    }
}
