package kata.cli.doctor;

/**
 * One line of {@code ./kata doctor}: what was checked, what was found and, unless all is well,
 * how to fix it.
 *
 * @param topic   short name: "java", "docker", ...
 * @param summary what was found, in one sentence
 * @param fix     what to do about it; empty when nothing needs doing
 */
public record Finding(Level level, String topic, String summary, String fix) {

    /** OK: ready. INFO: optional and absent, nothing lost. WARN: works, but something is skipped or slow. FAIL: blocks the workshop. */
    public enum Level { OK, INFO, WARN, FAIL }

    public static Finding ok(String topic, String summary) {
        return new Finding(Level.OK, topic, summary, "");
    }

    public static Finding info(String topic, String summary, String fix) {
        return new Finding(Level.INFO, topic, summary, fix);
    }

    public static Finding warn(String topic, String summary, String fix) {
        return new Finding(Level.WARN, topic, summary, fix);
    }

    public static Finding fail(String topic, String summary, String fix) {
        return new Finding(Level.FAIL, topic, summary, fix);
    }
}
