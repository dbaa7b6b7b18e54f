package kata.testkit.broker;

/**
 * Is a Docker engine there? Asked once per JVM: without Docker, Testcontainers takes about
 * 0.3 s and logs an ERROR block to say no, and later starts throw instead of answering.
 */
final class Docker {

    private static volatile Boolean available;

    private Docker() {
    }

    static boolean available() {
        Boolean known = available;
        if (known == null) {
            synchronized (Docker.class) {
                if (available == null) {
                    available = ask();
                }
                known = available;
            }
        }
        return known;
    }

    private static boolean ask() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
