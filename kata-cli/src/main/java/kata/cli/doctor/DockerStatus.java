package kata.cli.doctor;

/**
 * What we know about Docker on this machine.
 *
 * @param installed a {@code docker} command or a Docker socket exists
 * @param reachable an engine answered {@code docker info}
 * @param detail    the engine version when reachable, otherwise what went wrong
 */
public record DockerStatus(boolean installed, boolean reachable, String detail) {

    public static DockerStatus absent() {
        return new DockerStatus(false, false, "no docker command and no Docker socket");
    }
}
