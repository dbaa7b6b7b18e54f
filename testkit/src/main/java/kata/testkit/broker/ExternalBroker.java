package kata.testkit.broker;

import java.net.URI;

/** A broker someone else runs ({@code KATA_AMQP_URI}): used, never restarted, never stopped. */
final class ExternalBroker implements RunningBroker {

    private final URI uri;

    ExternalBroker(URI uri) {
        this.uri = uri;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public String description() {
        String safe = uri.getUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getUserInfo() + "@", "");
        return "the broker at " + safe + " (from KATA_AMQP_URI)";
    }

    @Override
    public boolean restartable() {
        return false; // shared with other people and other tests: not ours to restart
    }

    @Override
    public void restart() {
        throw new UnsupportedOperationException("a KATA_AMQP_URI broker is not restarted by tests");
    }

    @Override
    public void stop() {
        // not ours
    }
}
