package kata.cli.demo;

/** What the demo tests share: a clock that does not wait, a listener that hears nothing, a played night. */
final class Nights {

    private Nights() {
    }

    static Ticker instantClock() {
        return new Ticker() {
            @Override
            public void start() {
            }

            @Override
            public void awaitEndOf(int second) {
            }
        };
    }

    static DemoScenario.Listener silent() {
        return new DemoScenario.Listener() {
            @Override
            public void phase(String announcement) {
            }

            @Override
            public void second(DemoSecond second) {
            }
        };
    }

    /** A standard night against a {@link ScriptedStage} whose leaking process dies in second 12. */
    static DemoRun played(String kind, boolean checkoutDiesToo) throws InterruptedException {
        DemoScenario.Timeline timeline = new DemoScenario(new ScriptedStage(12, checkoutDiesToo), instantClock(),
                DemoScenario.Timings.STANDARD, silent()).play();
        return new DemoRun(kind, "The 3 AM night: " + kind, "test system", "2025-11-28T03:00:00Z",
                checkoutDiesToo ? "shop" : "recommender", 48, timeline.crawlerStartSecond(), timeline.deathSecond(),
                timeline.death(), timeline.seconds());
    }
}
