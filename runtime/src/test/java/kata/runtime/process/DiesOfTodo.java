package kata.runtime.process;

/** A starter's service whose main still throws its TODO: it dies while starting. */
public final class DiesOfTodo {

    private DiesOfTodo() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("TODO step 09: consume the order queue");
    }
}
