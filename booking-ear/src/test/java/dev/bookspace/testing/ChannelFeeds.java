package dev.bookspace.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.UUID;

/**
 * Other channels' calendar feeds on this machine's loopback, as Airbnb and Booking.com serve them: an
 * ETag with each version, 304 to a request that sends it back, and 404 once a calendar is gone.
 * Each instance serves its own paths, so tests running side by side never share a feed.
 */
public final class ChannelFeeds implements AutoCloseable {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    public ChannelFeeds() {
        server.start();
    }

    /** Serves this calendar at the path from now on, under a new ETag; answers the ETag. */
    public String serve(String path, String ics) {
        String etag = "\"" + UUID.randomUUID() + "\"";
        server.resetMappings();
        server.stubFor(get(urlPathEqualTo(path)).atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
        server.stubFor(get(urlPathEqualTo(path)).atPriority(2).willReturn(aResponse()
                .withHeader("Content-Type", "text/calendar; charset=utf-8").withHeader("ETag", etag).withBody(ics)));
        return etag;
    }

    /** The calendar is gone: 404 from now on. */
    public void remove(String path) {
        server.resetMappings();
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(404).withBody("Not Found")));
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    /** The requests for the path so far, oldest first. */
    public List<LoggedRequest> requests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
