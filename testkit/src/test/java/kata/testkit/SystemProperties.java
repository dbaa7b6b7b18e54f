package kata.testkit;

import java.util.HashMap;
import java.util.Map;

/** Sets system properties for one test and puts the old values back afterwards. */
public final class SystemProperties implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    public static SystemProperties set(String... keyValues) {
        SystemProperties properties = new SystemProperties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.previous.put(keyValues[i], System.getProperty(keyValues[i]));
            System.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
