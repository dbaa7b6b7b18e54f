package kata.supervisor;

/** A service that cannot start (a bad setting, a full disk): it dies at once, every time. */
public final class CrashesAtOnce {

    private CrashesAtOnce() {
    }

    public static void main(String[] args) {
        System.out.println("cannot open the model file: no space left on device");
        System.exit(3);
    }
}
