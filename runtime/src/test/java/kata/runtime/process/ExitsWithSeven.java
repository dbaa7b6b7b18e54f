package kata.runtime.process;

/** A service that fails on start-up, the way a misconfigured one does. */
public final class ExitsWithSeven {

    public static final String LAST_WORDS = "cannot read configuration: missing SHOP_DB_URL";

    private ExitsWithSeven() {
    }

    public static void main(String[] args) {
        System.out.println(LAST_WORDS);
        System.exit(7);
    }
}
