package dev.bookspace.web.shared;

import dev.bookspace.health.WarmUp;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Draws the public pages once as a starting node's own client, before its readiness check lets the balancer
 * send it guests (booking-health's {@link WarmUp}). A node's first pages compile their Facelets views and
 * load and interpret the code behind them: about 1.4 s for the first rooms page on two cores, and a burst
 * arriving then, while the database is slow, waits out its pool wait on top of that (bench/FAULTS.md).
 *
 * <p>It asks over HTTP, on the address the server's HTTP socket binding is bound to, so the page goes through
 * everything a guest's request does. The landing page answers first once the deployment is up; then the rooms
 * page of the oldest organisation, if there is one, for a night a month ahead: a read, no session, no booking
 * (it counts as one search in the metrics). Whatever happens, the node becomes ready: a warm-up that cannot
 * reach its own listener is logged, not a reason to keep guests out.
 */
@WebListener
public class PageWarmUp implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PageWarmUp.class.getName());
    /** WildFly's model of the HTTP listener's socket, with the port and address it is bound to (offset applied). */
    private static final String HTTP_BINDING = "jboss.as:socket-binding-group=standard-sockets,socket-binding=http";
    /** A slow machine deploys the EAR in about a minute; the landing page answers once it is up. */
    private static final Duration DEPLOYMENT_PATIENCE = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(250);

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private OrganisationDirectory directory;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        executor.submit(this::warmUp);
    }

    private void warmUp() {
        Map<String, String> drawn = new LinkedHashMap<>();
        try {
            URI node = ownAddress();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            drawn.put("/", firstAnswer(client, node.resolve("/")));
            Optional<OrganisationSummary> organisation = directory.oldest();
            if (organisation.isPresent()) {
                LocalDate night = organisation.get().today().plusDays(30);
                String page = "/" + organisation.get().identifier() + "/rooms?check_in=" + night
                        + "&checkout=" + night.plusDays(1);
                drawn.put(page, answer(client, node.resolve(page)));
            }
        } catch (JMException | URISyntaxException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The public pages could not be drawn before the node became ready", e);
            drawn.put("failed", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drawn.put("failed", "interrupted");
        } finally {
            LOG.info("Warm-up: " + drawn);
            WarmUp.done(drawn);
        }
    }

    /** The server's own HTTP address: its bound one, or loopback where it listens on every address. */
    private static URI ownAddress() throws JMException, URISyntaxException, IOException {
        ObjectName binding = new ObjectName(HTTP_BINDING);
        var server = ManagementFactory.getPlatformMBeanServer();
        int port = (Integer) server.getAttribute(binding, "boundPort");
        InetAddress address = InetAddress.getByName((String) server.getAttribute(binding, "boundAddress"));
        InetAddress reachable = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        return new URI("http", null, reachable.getHostAddress(), port, "/", null, null);
    }

    /** The landing page's answer once the deployment is up: until then the listener answers 404 or refuses. */
    private static String firstAnswer(HttpClient client, URI page) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DEPLOYMENT_PATIENCE.toNanos();
        while (true) {
            try {
                String answer = answer(client, page);
                if (answer.startsWith("200") || System.nanoTime() > deadline) {
                    return answer;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static String answer(HttpClient client, URI page) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms";
    }
}
