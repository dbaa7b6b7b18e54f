package kata.testkit.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the code under test and the broker, on loopback, that a test can break
 * the way networks break: {@link #freeze()} keeps every connection open but lets no byte
 * through (a publish is sent and its confirm never comes), {@link #cut()} drops every connection
 * and refuses new ones (the broker is unreachable), {@link #heal()} undoes both.
 *
 * <pre>{@code
 * try (BrokerLink link = BrokerLink.to(broker.uri())) {
 *     shop.env("AMQP_URI", link.uri().toString());
 *     link.freeze();  // ... expect 503 within the publish timeout
 * }
 * }</pre>
 */
public final class BrokerLink implements AutoCloseable {

    private final ServerSocket server;
    private final URI target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean frozen;
    private volatile boolean cut;
    private final AtomicInteger accepted = new AtomicInteger();

    private BrokerLink(ServerSocket server, URI target) {
        this.server = server;
        this.target = target;
        Thread acceptor = new Thread(this::acceptLoop, "kata-broker-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Opens the relay on a free loopback port towards the broker at {@code brokerUri}. */
    public static BrokerLink to(URI brokerUri) {
        try {
            return new BrokerLink(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), brokerUri);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a broker link: " + e, e);
        }
    }

    /** The broker's URI (same user, password and vhost) with the relay's address instead. */
    public URI uri() {
        return URI.create(target.getScheme() + "://" + (target.getUserInfo() == null ? "" : target.getUserInfo() + "@")
                + "127.0.0.1:" + server.getLocalPort() + (target.getRawPath() == null ? "" : target.getRawPath()));
    }

    /** No byte passes, in either direction, until {@link #heal()}; connections stay open. */
    public void freeze() {
        frozen = true;
    }

    /** Every connection is dropped and new ones are refused until {@link #heal()}. */
    public void cut() {
        cut = true;
        sockets.forEach(BrokerLink::closeQuietly);
        sockets.clear();
    }

    public void heal() {
        cut = false;
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        heal();
        sockets.forEach(BrokerLink::closeQuietly);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                accepted.incrementAndGet();
                Socket upstream = new Socket(target.getHost(), target.getPort() == -1 ? 5672 : target.getPort());
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream, "up");
                pump(upstream, client, "down");
            } catch (IOException e) {
                // server closed, or the broker refused: the client sees its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    awaitThawed();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException closed) {
                // one side closed: close the other so the client notices
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "kata-broker-link-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    private void awaitThawed() throws InterruptedException {
        synchronized (gate) {
            while (frozen && !server.isClosed()) {
                gate.wait(100);
            }
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Connections clients opened through the relay so far: "one connection per message" shows here. */
    public int connectionsAccepted() {
        return accepted.get();
    }

    /** Where the relay listens, for diagnostics. */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }
}
