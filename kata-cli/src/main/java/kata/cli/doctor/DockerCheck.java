package kata.cli.doctor;

/**
 * Docker is optional: with it, RabbitMQ and nginx run in containers (Testcontainers); without it
 * the tests use an embedded broker and a local nginx binary, or skip with a message.
 */
public final class DockerCheck implements Check {

    @Override
    public Finding run(Environment env) {
        DockerStatus docker = env.docker();
        if (docker.reachable()) {
            return Finding.ok("docker", "engine reachable (" + docker.detail() + ")");
        }
        if (docker.installed()) {
            return Finding.warn("docker", "installed, but no engine answers (" + docker.detail() + ")",
                    "start Docker Desktop (or: sudo systemctl start docker); optional - without it the tests"
                            + " use an embedded broker and a local nginx");
        }
        return Finding.info("docker", "not installed (optional)",
                "nothing to do: the tests use an embedded broker and a local nginx instead;"
                        + " install Docker to run the real RabbitMQ and nginx in containers");
    }
}
