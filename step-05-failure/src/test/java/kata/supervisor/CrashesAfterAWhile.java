package kata.supervisor;

/** A service that runs for a while, then dies (a leak, say): each run is worth starting again. */
public final class CrashesAfterAWhile {

    private CrashesAfterAWhile() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("serving");
        Thread.sleep(Long.parseLong(args[0])); // the test's stand-in for a service at work
        System.out.println("out of memory");
        System.exit(3);
    }
}
