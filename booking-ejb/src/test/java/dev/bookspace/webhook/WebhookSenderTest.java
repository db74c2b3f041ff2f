package dev.bookspace.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.bookspace.shared.GuardedHttpClient;
import dev.bookspace.shared.OutboundAddresses;
import dev.bookspace.shared.OutboundGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender over the real HTTP client, against a receiver on this machine's loopback, the way an
 * attacker would aim an endpoint at the server's own services (WildFly's management on
 * 127.0.0.1:9990, say): with the production rule, nothing reaches the receiver.
 */
class WebhookSenderTest {

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private GuardedHttpClient client;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hooks", exchange -> {
            received.add(exchange.getRequestURI().getPath());
            answer(exchange, 200, "management console: secret internal data");
        });
        receiver.createContext("/moved", exchange -> {
            received.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/hooks");
            answer(exchange, 302, "");
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        if (client != null) {
            client.close();
        }
    }

    @Test
    void aWebhookToALoopbackAddressIsRefused() {
        WebhookSender sender = sender(OutboundGuard.of(OutboundAddresses.publicOnly()));

        DeliveryOutcome https = sender.send(delivery("https://127.0.0.1:" + port() + "/hooks"), Instant.now()).join();
        DeliveryOutcome plain = sender.send(delivery("http://127.0.0.1:" + port() + "/hooks"), Instant.now()).join();
        DeliveryOutcome unspecified = sender.send(delivery("https://0.0.0.0:" + port() + "/hooks"), Instant.now()).join();

        assertThat(received).as("requests that reached the receiver").isEmpty();
        assertThat(https).isEqualTo(DeliveryOutcome.noAnswer(
                "Refused: 127.0.0.1 is a loopback address; only addresses on the public internet are called."));
        assertThat(plain.failure()).startsWith("Use https://");
        assertThat(unspecified.failure()).startsWith("Refused: 0.0.0.0 is an unspecified address");
    }

    @Test
    void aRefusedAddressIsNeverConnectedTo() throws IOException, InterruptedException {
        try (ServerSocket management = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!management.isClosed()) {
                    try (Socket ignored = management.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.start();
            String url = "https://127.0.0.1:" + management.getLocalPort() + "/management";

            sender(OutboundGuard.of(OutboundAddresses.publicOnly())).send(delivery(url), Instant.now()).join();
            assertThat(connections).as("connections under the production rule").hasValue(0);
            client.close();

            // The same request where loopback is allowed does connect (and fails its TLS handshake):
            // the count above could have been otherwise.
            sender(OutboundGuard.of(OutboundAddresses.publicAndLoopback())).send(delivery(url), Instant.now()).join();
            assertThat(connections).as("connections where loopback is allowed").hasValue(1);
        }
    }

    @Test
    void aNameThatResolvesToLoopbackAfterItsCheckIsRefusedWhenConnecting() {
        // DNS rebinding: a public address while the URL is checked at registration, loopback afterwards.
        AtomicInteger lookups = new AtomicInteger();
        OutboundGuard guard = new OutboundGuard(OutboundAddresses.publicOnly(), host -> new InetAddress[] {
                InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.215.14" : "127.0.0.1")});
        String url = "https://rebind.example.com:" + port() + "/hooks";
        assertThat(WebhookUrls.check(url, guard)).isEqualTo(url);

        DeliveryOutcome outcome = sender(guard).send(delivery(url), Instant.now()).join();

        assertThat(received).isEmpty();
        assertThat(outcome.failure()).startsWith("Refused: rebind.example.com resolves to 127.0.0.1, a loopback address");
    }

    @Test
    void aRedirectIsNotFollowedAndTheAnswerIsNotKept() {
        WebhookSender sender = sender(OutboundGuard.of(OutboundAddresses.publicAndLoopback()));

        DeliveryOutcome moved = sender.send(delivery("http://127.0.0.1:" + port() + "/moved"), Instant.now()).join();
        DeliveryOutcome answered = sender.send(delivery("http://127.0.0.1:" + port() + "/hooks"), Instant.now()).join();

        assertThat(received).containsExactly("/moved", "/hooks");
        assertThat(moved).isEqualTo(new DeliveryOutcome(false, 302, null));
        assertThat(answered).isEqualTo(new DeliveryOutcome(true, 200, null));
    }

    private WebhookSender sender(OutboundGuard guard) {
        client = GuardedHttpClient.start(guard, WebhookSender.CONNECT_TIMEOUT, WebhookSender.ANSWER_TIMEOUT,
                Executors.defaultThreadFactory());
        return new WebhookSender(client);
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private static DueDelivery delivery(String url) {
        return new DueDelivery(1, url, "whsec_test", "evt_1", "booking.created", "{\"id\":\"evt_1\"}");
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
