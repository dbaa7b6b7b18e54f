package kata.runtime.process;

/** A service that fails on start-up, the way a misconfigured one does. */
public final class ExitsWithSeven {

    private ExitsWithSeven() {
    }

    public static void main(String[] args) {
        System.out.println("cannot read configuration: missing SHOP_DB_URL");
        System.exit(7);
    }
}
