package kata.cli.commands;

/** Asks the learner yes or no. An interface so tests can answer. */
@FunctionalInterface
public interface Confirmation {

    /** @return true only for an explicit yes */
    boolean ask(String question);

    /** The real one: reads an answer from the console; no console means no. */
    static Confirmation console() {
        return question -> {
            java.io.Console console = System.console();
            if (console == null) {
                return false;
            }
            String answer = console.readLine("%s [y/N] ", question);
            return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes");
        };
    }
}
