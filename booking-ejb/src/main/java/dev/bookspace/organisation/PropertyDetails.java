package dev.bookspace.organisation;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * What a guest needs to find and reach the property: its address (with a map link), a phone number and an
 * e-mail address to contact, the hours of arrival and departure, and the colour and logo its public pages wear.
 *
 * @param address the street address, lines as the owner wrote them; null when not given
 * @param phone a number guests may call; null when not given
 * @param email an address guests may write to; null when not given
 * @param checkInFrom the earliest arrival on the day of check-in
 * @param checkOutUntil the latest departure on the day of checkout
 * @param brandColour the public header's colour, {@code #rrggbb}; null for Bookspace's own
 * @param logo the logo the header and e-mails show; null when none was uploaded
 */
public record PropertyDetails(String address, String phone, String email, LocalTime checkInFrom, LocalTime checkOutUntil,
        String brandColour, Logo logo) implements Serializable {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** The address with its lines joined by commas, for a calendar's location or a line of text; null without one. */
    public String addressOnOneLine() {
        return address == null ? null : address.strip().replaceAll("\\s*\\R\\s*", ", ");
    }

    /** Where the address is on OpenStreetMap, or null without an address. */
    public String mapUrl() {
        return address == null ? null
                : "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(addressOnOneLine(), StandardCharsets.UTF_8);
    }

    /** The same details with a room's own hours where it sets them (null keeps the organisation's). */
    public PropertyDetails withHours(LocalTime roomCheckInFrom, LocalTime roomCheckOutUntil) {
        return new PropertyDetails(address, phone, email, roomCheckInFrom == null ? checkInFrom : roomCheckInFrom,
                roomCheckOutUntil == null ? checkOutUntil : roomCheckOutUntil, brandColour, logo);
    }

    /** "Check-in from 15:00, checkout until 11:00." */
    public String hours() {
        return "Check-in from " + HOURS.format(checkInFrom) + ", checkout until " + HOURS.format(checkOutUntil) + ".";
    }

    /**
     * The header's inline style: the brand colour, with white or near-black text, whichever reads better on it
     * (WCAG's relative luminance); empty for Bookspace's own colours.
     */
    public String headerStyle() {
        return brandColour == null ? "" : headerStyle(brandColour);
    }

    /** A header's inline style on this colour, {@code #rrggbb}, with the text colour that reads better on it. */
    public static String headerStyle(String colour) {
        return "background:" + colour + ";color:" + (luminance(colour) > 0.179 ? "#1a1a1a" : "#ffffff");
    }

    static double luminance(String colour) {
        double r = channel(Integer.parseInt(colour.substring(1, 3), 16));
        double g = channel(Integer.parseInt(colour.substring(3, 5), 16));
        double b = channel(Integer.parseInt(colour.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
