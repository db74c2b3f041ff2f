package dev.bookspace.web.availability;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import dev.bookspace.availability.BookableNight;
import dev.bookspace.availability.NightsService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationSummary;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.LanguageChoice;
import dev.bookspace.web.shared.RefusalWords;
import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /{org}/nights?from=…&to=…[&room=…][&guests=…]}: for the public pages' date picker, each night from
 * {@code from} to {@code to} (both included, ISO dates, at most three months) with whether it can be booked and
 * from what price, in the organisation's currency. Stateless: no session, and a minute in the browser's cache,
 * so paging back and forth in the picker asks again only for new months. Bad parameters answer 400 and an
 * unknown organisation or room 404, as {@code application/problem+json} with a sentence; a 400's in the language the
 * public page that asks speaks (its reader's choice or browser, else the organisation's default).
 * ({@code PublicUrlFilter} forwards the public address here.)
 */
@WebServlet("/nights")
public class NightsServlet extends HttpServlet {

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private NightsService nights;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OrganisationSummary> organisation = directory.findByIdentifier(request.getParameter("org"));
        if (organisation.isEmpty()) {
            problem(response, 404, "There is no organisation " + request.getParameter("org") + " on Bookspace.");
            return;
        }
        List<BookableNight> answer;
        try {
            answer = nights.listNights(organisation.get().guestScope(), date(request, "from"), date(request, "to"),
                    number(request, "room", "every room"), integer(request, "guests"));
        } catch (InvalidRequestException e) {
            problem(response, 400, RefusalWords.of(e, LanguageChoice.localeOf(request, organisation.get().defaultLanguage())));
            return;
        } catch (NotFoundException e) {
            problem(response, 404, e.getMessage());
            return;
        }
        JsonArrayBuilder days = PROVIDER.createArrayBuilder();
        for (BookableNight night : answer) {
            JsonObjectBuilder day = PROVIDER.createObjectBuilder().add("date", night.night().toString()).add("bookable", night.bookable());
            if (night.fromPrice() != null) {
                day.add("price", night.fromPrice().formatted()).add("price_minor", night.fromPrice().minor());
            }
            days.add(day);
        }
        response.setHeader("Cache-Control", "public, max-age=60");
        write(response, 200, "application/json", PROVIDER.createObjectBuilder()
                .add("currency", organisation.get().currencyCode()).add("nights", days).build());
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(name, "Give " + name + " as a date, YYYY-MM-DD.").worded("nights.dateMissing", name);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " \"" + text.strip() + "\" is not a date; use the form YYYY-MM-DD.")
                    .worded("nights.notADate", name, text.strip());
        }
    }

    /** A number, or null where the address leaves it out, which means {@code leftOut}. */
    private static Long number(HttpServletRequest request, String name, String leftOut) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " \"" + text.strip() + "\" is not a number; leave it out for " + leftOut + ".")
                    .worded("nights." + name + ".notANumber", text.strip());
        }
    }

    private static Integer integer(HttpServletRequest request, String name) {
        Long number = number(request, name, "any number");
        if (number != null && (number < 1 || number > Integer.MAX_VALUE)) {
            throw new InvalidRequestException(name, "Guests must be a whole number from 1; leave it out for any number.")
                    .worded("nights.guests");
        }
        return number == null ? null : number.intValue();
    }

    /** An RFC 9457 problem, as the API answers its errors. */
    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        write(response, status, "application/problem+json", PROVIDER.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status == 404 ? "Not Found" : "Bad Request")
                .add("status", status)
                .add("detail", detail).build());
    }

    private static void write(HttpServletResponse response, int status, String type, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + "; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
