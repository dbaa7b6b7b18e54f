package kata.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import kata.cli.TestRepo;
import kata.cli.Terminal;
import kata.cli.maven.FakeMaven;
import org.junit.jupiter.api.Test;

/** Only the parts that need no process: which system is on stage, and saying so when there is none. */
class LiveDemoTest {

    @Test
    void surviveNeedsAServicesSolutionAndSaysSo() {
        StringWriter err = new StringWriter();
        FakeMaven maven = new FakeMaven();
        LiveDemo demo = new LiveDemo(TestRepo.freshClone("live").root(), Terminal.plain(new StringWriter(), err), maven);

        assertThat(demo.run(DemoKind.SURVIVE)).isEqualTo(2);

        assertThat(err.toString()).contains("demo survive needs the services version")
                .contains("[step-01-monolith]").contains("./kata demo outage");
        assertThat(maven.runs).isEmpty();
    }

    @Test
    void aSystemWithoutItsMainClassesIsNotStarted() {
        StringWriter err = new StringWriter();
        FakeMaven maven = new FakeMaven();
        TestRepo repo = TestRepo.freshClone("live-classes")
                .write("solutions/step-01-monolith/target/kata/classpath.txt", "lib.jar")
                .write("solutions/step-01-monolith/target/classes/kata/Other.class", "");
        LiveDemo demo = new LiveDemo(repo.root(), Terminal.plain(new StringWriter(), err), maven);

        assertThat(demo.run(DemoKind.OUTAGE)).isEqualTo(2);
        assertThat(err.toString()).contains("has no [kata.webshop.WebShopApp]");
    }

    @Test
    void finalNeedsStepFivesSolutionAndItsTestClasses() {
        StringWriter err = new StringWriter();
        FakeMaven maven = new FakeMaven();
        LiveDemo withoutStepFive = new LiveDemo(TestRepo.freshClone("live-final").root(),
                Terminal.plain(new StringWriter(), err), maven);

        assertThat(withoutStepFive.run(DemoKind.FINAL)).isEqualTo(2);
        assertThat(err.toString()).contains("demo final needs step 05's solution");
        assertThat(maven.runs).isEmpty();
    }
}
