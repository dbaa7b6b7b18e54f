package kata.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kata.cli.TestRepo;
import kata.cli.doctor.Finding.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every check with the thing present and absent, on a machine made of folders under target/. */
class DoctorTest {

    private TestRepo repo;
    private FakeEnvironment env;

    @BeforeEach
    void aMachineWithAJdkAndTheWrapper() {
        repo = TestRepo.create("doctor")
                .write("mvnw", "#!/bin/sh")
                .write(".mvn/wrapper/maven-wrapper.properties",
                        "distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.16/apache-maven-3.9.16-bin.zip")
                .write("home/jdk-17/bin/java", "")
                .write("home/jdk-17/bin/javac", "");
        env = new FakeEnvironment(repo.root(), repo.path("home"));
        env.executables.add(repo.path("mvnw"));
    }

    @Test
    void javaSeventeenJdkIsFine() {
        Finding java = new JavaCheck().run(env);

        assertThat(java.level()).isEqualTo(Level.OK);
        assertThat(java.summary()).contains("Java 17.0.15").contains("JAVA_HOME not set");
    }

    @Test
    void oldJavaFails() {
        env.javaVersion = Runtime.Version.parse("11.0.2");

        Finding java = new JavaCheck().run(env);

        assertThat(java.level()).isEqualTo(Level.FAIL);
        assertThat(java.fix()).contains("JDK 17");
    }

    @Test
    void aJreWithoutJavacFails() {
        env.javaHome = repo.path("home/jre-17");

        assertThat(new JavaCheck().run(env).summary()).contains("JRE without javac");
    }

    @Test
    void javaHomeWithoutJavaFails() {
        env.variables.put("JAVA_HOME", repo.path("home/nothing-here").toString());

        Finding java = new JavaCheck().run(env);

        assertThat(java.level()).isEqualTo(Level.FAIL);
        assertThat(java.summary()).contains("has no bin/java");
    }

    @Test
    void wrapperWithDownloadedMavenIsFine() {
        repo.write("home/.m2/wrapper/dists/apache-maven-3.9.16/abc123/README", "");

        Finding maven = new MavenWrapperCheck("./kata").run(env);

        assertThat(maven.level()).isEqualTo(Level.OK);
        assertThat(maven.summary()).contains("Maven 3.9.16 downloaded");
    }

    @Test
    void mavenNotDownloadedYetIsAWarningWithPrefetchAsTheFix() {
        Finding maven = new MavenWrapperCheck("./kata").run(env);

        assertThat(maven.level()).isEqualTo(Level.WARN);
        assertThat(maven.fix()).contains("./kata prefetch");
    }

    @Test
    void mavenUserHomeIsRespected() {
        repo.write("elsewhere/wrapper/dists/apache-maven-3.9.16/x/README", "");
        env.variables.put("MAVEN_USER_HOME", repo.path("elsewhere").toString());

        assertThat(new MavenWrapperCheck("./kata").run(env).level()).isEqualTo(Level.OK);
    }

    @Test
    void aWrapperThatIsNotExecutableFails() {
        env.executables.clear();

        Finding maven = new MavenWrapperCheck("./kata").run(env);

        assertThat(maven.level()).isEqualTo(Level.FAIL);
        assertThat(maven.fix()).isEqualTo("chmod +x mvnw");
    }

    @Test
    void dockerReachableOrInstalledButStoppedOrAbsent() {
        env.docker = new DockerStatus(true, true, "Docker 27.1.1");
        assertThat(new DockerCheck().run(env).level()).isEqualTo(Level.OK);

        env.docker = new DockerStatus(true, false, "docker info: Cannot connect to the Docker daemon");
        Finding stopped = new DockerCheck().run(env);
        assertThat(stopped.level()).isEqualTo(Level.WARN);
        assertThat(stopped.fix()).contains("start Docker");

        env.docker = DockerStatus.absent();
        assertThat(new DockerCheck().run(env).level()).isEqualTo(Level.INFO);
    }

    @Test
    void rabbitMqFromTheEnvironmentVariableWhenItAnswers() {
        env.variables.put("KATA_AMQP_URI", "amqp://guest:secret@broker.local:5673");
        env.reachable.add("broker.local:5673");

        Finding rabbit = new RabbitMqCheck().run(env);

        assertThat(rabbit.level()).isEqualTo(Level.OK);
        assertThat(rabbit.summary()).contains("KATA_AMQP_URI=amqp://guest:***@broker.local:5673").doesNotContain("secret");
    }

    @Test
    void rabbitMqFromTheEnvironmentVariableThatDoesNotAnswerFails() {
        env.variables.put("KATA_AMQP_URI", "amqp://guest:guest@127.0.0.1");

        Finding rabbit = new RabbitMqCheck().run(env);

        assertThat(rabbit.level()).isEqualTo(Level.FAIL);
        assertThat(rabbit.summary()).contains("nothing answers on 127.0.0.1:5672");
    }

    @Test
    void rabbitMqInAContainerWhenDockerIsReachable() {
        env.docker = new DockerStatus(true, true, "Docker 27");

        assertThat(new RabbitMqCheck().run(env).summary()).contains("RabbitMQ container");
    }

    @Test
    void rabbitMqEmbeddedOtherwiseAndALocalBrokerIsPointedOut() {
        Finding embedded = new RabbitMqCheck().run(env);
        assertThat(embedded.summary()).contains("embedded Qpid broker");
        assertThat(embedded.fix()).contains("rabbitmq-server -detached");

        env.reachable.add("127.0.0.1:5672");
        Finding local = new RabbitMqCheck().run(env);
        assertThat(local.summary()).contains("a broker listens on 127.0.0.1:5672");
        assertThat(local.fix()).contains("export KATA_AMQP_URI=amqp://guest:guest@127.0.0.1:5672");
    }

    @Test
    void nginxFromNginxBinThePathAContainerOrNone() {
        Path custom = repo.path("opt/nginx/sbin/nginx");
        env.variables.put("NGINX_BIN", custom.toString());
        assertThat(new NginxCheck().run(env).level()).isEqualTo(Level.FAIL);
        env.executables.add(custom);
        assertThat(new NginxCheck().run(env).summary()).contains("(NGINX_BIN)");

        env.variables.clear();
        env.onPath.put("nginx", Path.of("/usr/bin/nginx"));
        assertThat(new NginxCheck().run(env).summary()).isEqualTo("binary /usr/bin/nginx");

        env.onPath.clear();
        env.docker = new DockerStatus(true, true, "Docker 27");
        assertThat(new NginxCheck().run(env).summary()).contains("container");

        env.docker = DockerStatus.absent();
        Finding none = new NginxCheck().run(env);
        assertThat(none.level()).isEqualTo(Level.WARN);
        assertThat(none.fix()).isEqualTo("tests needing nginx will be skipped: install nginx"
                + " (apt-get install nginx-light / brew install nginx)");
    }

    @Test
    void portsFreeOrBusy() {
        assertThat(new PortsCheck().run(env).level()).isEqualTo(Level.OK);

        env.busyPorts.add(7071);
        Finding busy = new PortsCheck().run(env);
        assertThat(busy.level()).isEqualTo(Level.WARN);
        assertThat(busy.summary()).contains("[7071]");
        assertThat(busy.fix()).contains("lsof -i :7071");
    }

    @Test
    void notOfflineReadyWhileKeyDependenciesAreMissing() {
        Finding offline = new OfflineCheck("./kata").run(env);

        assertThat(offline.level()).isEqualTo(Level.WARN);
        assertThat(offline.summary()).contains("not offline-ready").contains("io.javalin:javalin:7.2.3");
        assertThat(offline.fix()).contains("./kata prefetch");
    }

    @Test
    void offlineReadyOnceCachedAndPrefetchedForThisPom() {
        env.cacheKeyArtifacts();
        assertThat(new OfflineCheck("./kata").run(env).summary()).contains("prefetch has not run here");

        PrefetchMarker.write(env, false);
        Finding offline = new OfflineCheck("./kata").run(env);
        assertThat(offline.level()).isEqualTo(Level.OK);
        assertThat(offline.summary()).startsWith("offline-ready");

        repo.write("pom.xml", "<project><properties><javalin.version>7.2.3</javalin.version>"
                + "<junit.version>5.14.1</junit.version><new.thing>1</new.thing></properties></project>");
        assertThat(new OfflineCheck("./kata").run(env).summary()).contains("pom.xml changed since");
    }

    @Test
    void withDockerTheImagesMustBeCachedToo() {
        env.cacheKeyArtifacts();
        PrefetchMarker.write(env, false);
        env.docker = new DockerStatus(true, true, "Docker 27");

        assertThat(new OfflineCheck("./kata").run(env).summary()).contains("not the container images");

        env.images.addAll(OfflineCheck.IMAGES);
        assertThat(new OfflineCheck("./kata").run(env).level()).isEqualTo(Level.OK);
    }

    @Test
    void keyArtifactsFollowTheRootPom() {
        repo.write("pom.xml", "<project><properties><amqp.version>5.37.1</amqp.version><junit.version>5.14.1</junit.version>"
                + "</properties><dependencyManagement><dependencies><dependency><groupId>com.rabbitmq</groupId>"
                + "<artifactId>amqp-client</artifactId><version>${amqp.version}</version></dependency>"
                + "</dependencies></dependencyManagement></project>");

        assertThat(KeyArtifacts.declaredIn(repo.path("pom.xml"))).extracting(Object::toString)
                .containsExactly("org.junit.jupiter:junit-jupiter-engine:5.14.1", "com.rabbitmq:amqp-client:5.37.1");
    }

    @Test
    void aPomWithADoctypeIsNotReadSoNoExternalEntityIsFetched() {
        repo.write("pom.xml", "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY v SYSTEM \"file:///etc/hostname\">]>"
                + "<project><properties><junit.version>&v;</junit.version></properties></project>");

        assertThat(KeyArtifacts.declaredIn(repo.path("pom.xml"))).isEmpty();
    }

    @Test
    void aCheckThatBreaksBecomesAFailLineNotACrash() {
        Doctor doctor = new Doctor(java.util.List.of(e -> {
            throw new IllegalStateException("surprise");
        }, new PortsCheck()));

        assertThat(doctor.examine(env)).extracting(Finding::level).containsExactly(Level.FAIL, Level.OK);
    }
}
