package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class DoctorCommandTest {

    @Test
    void oneLinePerCheckWithFixesAndExitOneOnAFail() {
        TestKata kata = new TestKata(TestRepo.freshClone("doctor-cmd").write("home/jdk-17/bin/java", "")
                .write("home/jdk-17/bin/javac", ""));
        kata.environment.busyPorts.add(7070);

        assertThat(kata.run("doctor")).isEqualTo(1); // no mvnw in this repo: a FAIL

        assertThat(kata.out())
                .contains("OK    java      Java 17.0.15")
                .contains("FAIL  maven     mvnw is missing from the repository")
                .contains("fix: restore it: git checkout -- mvnw mvnw.cmd .mvn")
                .contains("INFO  docker    not installed (optional)")
                .contains("WARN  rabbitmq  tests will use the embedded Qpid broker")
                .contains("WARN  nginx     none: no nginx binary and no Docker")
                .contains("WARN  ports     in use: [7070]")
                .contains("WARN  offline   not offline-ready")
                .contains("1 problem(s). Fix the FAIL lines before the workshop.");
    }
}
