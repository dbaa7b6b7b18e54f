package kata.gateway.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The topology as a JSON file, e.g. {@code topology.json} next to the gateway: what an operator
 * edits and what {@code GatewayApp} reads at start. Durations are ISO-8601 ({@code "PT0.25S"}).
 */
public final class TopologyFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private TopologyFile() {
    }

    public static Topology read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Topology.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topology " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Topology topology, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), topology);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the topology " + file, e);
        }
    }
}
