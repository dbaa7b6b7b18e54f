package kata.gateway.proxy;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kata.gateway.failure.Failures;
import kata.gateway.failure.UpstreamFailure;
import kata.gateway.routing.BodyLimit;
import kata.gateway.routing.ClientAddressHeaders;
import kata.gateway.routing.Routes;
import kata.gateway.topology.Topology;
import kata.gateway.upstream.Peer;
import kata.gateway.upstream.Upstream;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The plumbing of the Java gateway: Jetty's reverse proxy does the HTTP (pooled upstream
 * connections, streaming, hop-by-hop headers), and this class asks the policy at each turn -
 * which route, which peer, which headers, what after a failure. The policy is what you write,
 * in {@code routing}, {@code balancing}, {@code health} and {@code failure}; nothing here
 * copies a header by hand.
 */
public final class GatewayProxy extends ProxyHandler {

    private static final String UPSTREAM = GatewayProxy.class.getName() + ".upstream";
    private static final String PEER = GatewayProxy.class.getName() + ".peer";
    private static final String TRIED = GatewayProxy.class.getName() + ".tried";
    /** Pooled connections per upstream: enough for a benchmark's 64 concurrent clients. */
    private static final int CONNECTIONS_PER_UPSTREAM = 64;

    private final Topology topology;
    private final Routes routes;
    private final Map<String, Upstream> upstreams;
    private final Clock clock;

    public GatewayProxy(Topology topology, Map<String, Upstream> upstreams, Clock clock) {
        this.topology = topology;
        this.routes = new Routes(topology.routes());
        this.upstreams = upstreams;
        this.clock = clock;
    }

    @Override
    protected void configureHttpClient(HttpClient httpClient) {
        super.configureHttpClient(httpClient);
        httpClient.setConnectTimeout(topology.timeouts().connect().toMillis());
        httpClient.setMaxConnectionsPerDestination(CONNECTIONS_PER_UPSTREAM);
        // An idle pooled connection is closed by the gateway before the upstream's server closes it
        // (Jetty's default: 30 s); the other way round, a request can meet a connection closing under it.
        httpClient.setIdleTimeout(15_000);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        Optional<String> pool = routes.poolFor(path);
        if (pool.isEmpty()) {
            JsonAnswer.write(response, callback, 404, "no such resource: " + path);
            return true;
        }
        if (BodyLimit.tooLarge(request.getLength(), topology.maxBodyBytes())) {
            JsonAnswer.write(response, callback, 413, "request body too large: the limit is "
                    + topology.maxBodyBytes() + " bytes");
            return true;
        }
        request.setAttribute(UPSTREAM, upstreams.get(pool.get()));
        request.setAttribute(TRIED, new HashSet<Peer>());
        return forward(request, response, callback);
    }

    /** Sends the request to the next peer the pool chooses, or answers 502 when none can take it. */
    @SuppressWarnings("unchecked")
    private boolean forward(Request request, Response response, Callback callback) {
        Upstream upstream = (Upstream) request.getAttribute(UPSTREAM);
        Set<Peer> tried = (Set<Peer>) request.getAttribute(TRIED);
        Optional<Peer> peer = upstream.choose(tried);
        if (peer.isEmpty()) {
            JsonAnswer.write(response, callback, 502, "bad gateway: no server of " + upstream.name() + " can take the request");
            return true;
        }
        tried.add(peer.get()); // choose() counted the request as started
        request.setAttribute(PEER, peer.get());
        return super.handle(request, response, callback);
    }

    @Override
    protected HttpURI rewriteHttpURI(Request request) {
        Peer peer = (Peer) request.getAttribute(PEER);
        return HttpURI.build(request.getHttpURI()).scheme("http").authority(peer.address()).asImmutable();
    }

    @Override
    protected org.eclipse.jetty.client.Request newProxyToServerRequest(Request request, HttpURI uri) {
        // nginx's proxy_read_timeout: the longest silence between two reads of the answer.
        return super.newProxyToServerRequest(request, uri)
                .idleTimeout(topology.timeouts().read().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void addProxyHeaders(Request request, org.eclipse.jetty.client.Request upstreamRequest) {
        // Instead of Jetty's Via and RFC 7239 Forwarded: the two headers nginx users expect.
        upstreamRequest.headers(headers -> ClientAddressHeaders.apply(Request.getRemoteAddr(request), headers));
    }

    @Override
    protected void onServerToProxyResponseFailure(Request request, org.eclipse.jetty.client.Request upstreamRequest,
            org.eclipse.jetty.client.Response upstreamResponse, Response response, Callback callback, Throwable failure) {
        Peer peer = (Peer) request.getAttribute(PEER);
        peer.requestEnded();
        UpstreamFailure kind = UpstreamFailure.of(failure);
        peer.health().failed(clock.instant()); // nginx counts errors and timeouts alike
        if (response.isCommitted()) {
            callback.failed(failure); // half an answer went out already: all we can do is cut it
        } else if (Failures.mayTryNext(request.getMethod(), kind)) {
            forward(request, response, callback);
        } else {
            JsonAnswer.write(response, callback, Failures.statusFor(kind), kind == UpstreamFailure.READ_TIMEOUT
                    ? "gateway timeout: " + peer.name() + " did not answer in time"
                    : "bad gateway: " + peer.name() + " failed");
        }
    }

    @Override
    protected void onProxyToClientResponseComplete(Request request, org.eclipse.jetty.client.Request upstreamRequest,
            org.eclipse.jetty.client.Response upstreamResponse, Response response, Callback callback) {
        Peer peer = (Peer) request.getAttribute(PEER);
        peer.requestEnded();
        peer.health().succeeded();
        super.onProxyToClientResponseComplete(request, upstreamRequest, upstreamResponse, response, callback);
    }

    @Override
    protected void onProxyToClientResponseFailure(Request request, org.eclipse.jetty.client.Request upstreamRequest,
            org.eclipse.jetty.client.Response upstreamResponse, Response response, Callback callback, Throwable failure) {
        ((Peer) request.getAttribute(PEER)).requestEnded(); // the client went away; the upstream did its part
        super.onProxyToClientResponseFailure(request, upstreamRequest, upstreamResponse, response, callback, failure);
    }

    @Override
    protected org.eclipse.jetty.client.Response.CompleteListener newServerToProxyResponseListener(Request request,
            org.eclipse.jetty.client.Request upstreamRequest, Response response, Callback callback) {
        return new HidingListener(request, upstreamRequest, response, callback);
    }

    /** Streams the upstream's answer to the client, unless the policy says to replace it with the gateway's 502. */
    private final class HidingListener extends ProxyResponseListener {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private volatile boolean hidden;

        HidingListener(Request request, org.eclipse.jetty.client.Request upstreamRequest, Response response, Callback callback) {
            super(request, upstreamRequest, response, callback);
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        @Override
        public void onBegin(org.eclipse.jetty.client.Response upstreamResponse) {
            hidden = Failures.hidesUpstreamAnswer(upstreamResponse.getStatus());
            if (!hidden) {
                super.onBegin(upstreamResponse);
            }
        }

        @Override
        public void onHeaders(org.eclipse.jetty.client.Response upstreamResponse) {
            if (!hidden) {
                super.onHeaders(upstreamResponse);
            }
        }

        @Override
        public void onContent(org.eclipse.jetty.client.Response upstreamResponse, Content.Chunk chunk, Runnable demand) {
            if (hidden) {
                demand.run(); // read and drop: the connection goes back to the pool clean
            } else {
                super.onContent(upstreamResponse, chunk, demand);
            }
        }

        @Override
        public void onSuccess(org.eclipse.jetty.client.Response upstreamResponse) {
            if (!hidden) {
                super.onSuccess(upstreamResponse);
            }
        }

        @Override
        public void onComplete(Result result) {
            if (!hidden) {
                super.onComplete(result);
                return;
            }
            Peer peer = (Peer) request.getAttribute(PEER);
            peer.requestEnded(); // it answered: an error page is not a failed connection
            JsonAnswer.write(response, callback, 502, "bad gateway: " + peer.name() + " had an internal error");
        }
    }
}
