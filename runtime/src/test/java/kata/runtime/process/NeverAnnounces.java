package kata.runtime.process;

import java.util.concurrent.CountDownLatch;

/** A service that runs but never says where it listens: the launcher must give up, not hang. */
public final class NeverAnnounces {

    private NeverAnnounces() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("warming up caches, this may take a while");
        new CountDownLatch(1).await(); // forever, until killed
    }
}
