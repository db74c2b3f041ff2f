package dev.bookspace.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every Facelets page of the web module, found in its sources so that a page added later is tested
 * without anyone listing it: the public ones at the addresses guests use (a public page without one
 * here fails the test that asks), the others at their own path.
 */
public final class WebPages {

    private static final Path WEBAPP = Path.of("../booking-web/src/main/webapp");

    private WebPages() {
    }

    /** The pages, for an organisation with a room and a booking of it (by reference) that the pages can show. */
    public static List<String> of(Fixtures fixtures, Organisation org, Item room, String reference) {
        String stay = "check_in=" + Stays.JAN_1 + "&checkout=" + Stays.JAN_3;
        String token = fixtures.bookingColumn(org, reference, "access_token");
        Map<String, String> publicAddresses = Map.of(
                "/public/rooms.xhtml", "/" + org.identifier() + "/rooms?" + stay,
                "/public/room.xhtml", "/" + org.identifier() + "/rooms/" + room.id() + "?" + stay,
                "/public/widget.xhtml", "/" + org.identifier() + "/widget?" + stay,
                "/public/booking.xhtml", "/" + org.identifier() + "/bookings/" + reference + "?token=" + token);
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : (Iterable<Path>) files.filter(file -> file.toString().endsWith(".xhtml")).sorted()::iterator) {
                String page = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
                if (page.startsWith("/WEB-INF/")) {
                    continue;
                }
                if (page.startsWith("/public/")) {
                    assertThat(publicAddresses).as("the address guests use for " + page).containsKey(page);
                    pages.add(publicAddresses.get(page));
                } else {
                    pages.add(page.equals("/dashboard/booking.xhtml") ? page + "?ref=" + reference : page);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
