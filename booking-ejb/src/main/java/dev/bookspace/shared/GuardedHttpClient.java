package dev.bookspace.shared;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.DiscardingEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP client for URLs an organisation chose. Its connection manager resolves names through an
 * {@link OutboundGuard}, which refuses the request when any address of the host is not allowed and
 * otherwise hands over exactly the addresses it checked, so the connection goes where the check
 * looked: a name that changes its answer between a check and the connection (DNS rebinding) cannot
 * slip through, and literal addresses pass the same check. TLS still verifies the host's name. Plain
 * HTTP goes through a second client whose resolver accepts loopback only, and exists only where
 * loopback is allowed. Redirects are never followed, there is no proxy, and each request is bounded:
 * connect, then answer, then a hard deadline of both together, so a slow endpoint costs seconds.
 */
public final class GuardedHttpClient implements AutoCloseable {

    /** Concurrent requests to one host; as many as a webhook batch, so none waits for a connection. */
    private static final int CONNECTIONS_PER_HOST = 100;
    private static final int CONNECTIONS = 200;

    private final OutboundGuard guard;
    private final CloseableHttpAsyncClient https;
    private final CloseableHttpAsyncClient plainHttp;
    private final Duration deadline;

    private GuardedHttpClient(OutboundGuard guard, CloseableHttpAsyncClient https, CloseableHttpAsyncClient plainHttp,
            Duration deadline) {
        this.guard = guard;
        this.https = https;
        this.plainHttp = plainHttp;
        this.deadline = deadline;
    }

    /**
     * @param threads where the client's I/O threads come from (the server's managed thread factory)
     */
    public static GuardedHttpClient start(OutboundGuard guard, Duration connectTimeout, Duration answerTimeout,
            ThreadFactory threads) {
        CloseableHttpAsyncClient https = client(new Resolver(guard, false), connectTimeout, answerTimeout, threads);
        CloseableHttpAsyncClient plainHttp = guard.loopbackAllowed()
                ? client(new Resolver(guard, true), connectTimeout, answerTimeout, threads) : null;
        return new GuardedHttpClient(guard, https, plainHttp, connectTimeout.plus(answerTimeout));
    }

    /**
     * Sends the request and answers with the status; the body is read and thrown away, so nothing an
     * endpoint answers is kept. Fails with {@link OutboundRefusedException} when the URL may not be
     * called (nothing is sent), or with the I/O failure or a {@link TimeoutException}.
     */
    public CompletableFuture<Integer> status(SimpleHttpRequest request) {
        return execute(request, new BasicResponseConsumer<>(new DiscardingEntityConsumer<>()))
                .thenApply(answer -> answer.getHead().getCode());
    }

    /**
     * Sends the request and hands the answer to the consumer, which decides how much of it to read: a
     * caller that keeps a body (a calendar feed) must bound its size there, since the URL is not ours.
     */
    public <T> CompletableFuture<T> execute(SimpleHttpRequest request, AsyncResponseConsumer<T> answer) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CloseableHttpAsyncClient client;
        try {
            client = clientFor(request.getUri());
        } catch (OutboundRefusedException e) {
            return CompletableFuture.failedFuture(e);
        } catch (URISyntaxException e) {
            return CompletableFuture.failedFuture(new OutboundRefusedException("This is not a URL: " + e.getMessage()));
        }
        Future<T> running = client.execute(SimpleRequestProducer.create(request), answer, new FutureCallback<>() {
            @Override
            public void completed(T value) {
                result.complete(value);
            }

            @Override
            public void failed(Exception failure) {
                result.completeExceptionally(failure);
            }

            /** Only when the client closes with the request in flight; a deadline has already completed the result. */
            @Override
            public void cancelled() {
                result.completeExceptionally(new CancellationException("The HTTP client was closed."));
            }
        });
        result.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((value, failure) -> running.cancel(true));
        return result;
    }

    private CloseableHttpAsyncClient clientFor(URI url) throws OutboundRefusedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return https;
        }
        if (scheme.equals("http") && plainHttp != null) {
            return plainHttp;
        }
        throw new OutboundRefusedException(guard.plainHttpRefusal());
    }

    private static CloseableHttpAsyncClient client(DnsResolver resolver, Duration connectTimeout, Duration answerTimeout,
            ThreadFactory threads) {
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setMaxConnPerRoute(CONNECTIONS_PER_HOST)
                        .setMaxConnTotal(CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(answerTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(answerTimeout))
                        .build())
                // Straight to the checked address: a proxy would make the connection itself, unchecked.
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                // A redirect could point anywhere, and the URL the organisation gave is the one trusted with the data.
                .disableRedirectHandling()
                // The caller retries on its own schedule.
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setThreadFactory(threads)
                .build();
        client.start();
        return client;
    }

    /** Gracefully: closing at once makes the I/O threads log errors at every undeployment. */
    @Override
    public void close() {
        https.close(CloseMode.GRACEFUL);
        if (plainHttp != null) {
            plainHttp.close(CloseMode.GRACEFUL);
        }
    }

    /** The connection manager's resolver: the guard's addresses, or the guard's refusal. */
    private record Resolver(OutboundGuard guard, boolean loopbackOnly) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return loopbackOnly ? guard.loopbackAddressesOf(host) : guard.addressesOf(host);
        }

        /** The checked addresses with the port; never the unresolved name the default falls back to. */
        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        /** Only asked for by Kerberos authentication, which this client never does: no lookup. */
        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
