package dev.bookspace.booking;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.Plural;
import dev.bookspace.shared.Wording;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A booking's history entry in the staff member's language. Entries are stored as the English sentences Booking,
 * BookingService and GuestDataService wrote (the guest-data export and webhooks read them so), so each known sentence
 * is recognised here, its parts (amounts, dates, the fields changed) taken from it, and it is written again from
 * {@code HistoryWords*.properties}. A sentence not known here (one written by an older version) stays as stored:
 * an entry may read in English, never wrongly. The actors Bookspace and Stripe are names; "The guest" is not.
 */
public final class HistoryWords {

    private static final String BUNDLE = "dev.bookspace.booking.HistoryWords";
    private static final String MONEY = "(\\S+(?: \\S+)?)";

    /** Each sentence's key, its English shape, and what each of its parts is: money, a date, fields or plain text. */
    private record Sentence(String key, Pattern shape, String parts) {
        Sentence(String key, String shape, String parts) {
            this(key, Pattern.compile(shape), parts);
        }
    }

    private static final List<Sentence> SENTENCES = List.of(
            new Sentence("created.page.card", "Booked on the public page; held until paid by card\\.", ""),
            new Sentence("created.page.arrival", "Booked on the public page, to pay on arrival\\.", ""),
            new Sentence("created.api.card", "Booked through the API; held until paid by card\\.", ""),
            new Sentence("created.api.arrival", "Booked through the API, to pay on arrival\\.", ""),
            new Sentence("created.desk.paid", Pattern.quote(DeskSettlement.PAID.description()), ""),
            new Sentence("created.desk.hold", Pattern.quote(DeskSettlement.HOLD.description()), ""),
            new Sentence("created.desk.arrival", Pattern.quote(DeskSettlement.PAY_ON_ARRIVAL.description()), ""),
            new Sentence("balance.card", "Paid the balance of " + MONEY + " by card; paid in full\\.", "m"),
            new Sentence("balance.desk", "Marked the balance paid: " + MONEY + " taken at the desk; paid in full\\.", "m"),
            new Sentence("balance.mailed", "Mailed the guest a link to pay the balance of " + MONEY + "\\.", "m"),
            new Sentence("paid.card", "Paid " + MONEY + " by card\\.", "m"),
            new Sentence("paid.card.late", "Paid " + MONEY + " by card, after the hold had expired; the room was still free\\.", "m"),
            new Sentence("paid.deposit", "Paid a deposit of " + MONEY + " by card; the balance of " + MONEY
                    + " is due by (\\d{4}-\\d{2}-\\d{2})\\.", "mmd"),
            new Sentence("paid.deposit.late", "Paid a deposit of " + MONEY + " by card; the balance of " + MONEY
                    + " is due by (\\d{4}-\\d{2}-\\d{2}), after the hold had expired; the room was still free\\.", "mmd"),
            new Sentence("hold.expired", Pattern.quote(Booking.HOLD_EXPIRED), ""),
            new Sentence("payment.clearing", "Paid by a method that takes days to clear \\(such as a bank debit\\); the room "
                    + "is kept until Stripe confirms or fails the payment\\.", ""),
            new Sentence("payment.failed", "The payment failed at the bank; the room is free again\\.", ""),
            new Sentence("paid.desk", "Marked paid: " + MONEY + " taken at the desk\\.", "m"),
            new Sentence("paid.arrival", "Marked paid: " + MONEY + " taken on arrival\\.", "m"),
            new Sentence("completed", "Marked complete\\.", ""),
            new Sentence("cancelled", "Cancelled; the room is free again for those nights\\.", ""),
            new Sentence("refunded", "Refunded " + MONEY + "\\.", "m"),
            new Sentence("refunded.stripe", "Refunded " + MONEY + " through Stripe \\((\\S+)\\)\\.", "mt"),
            new Sentence("guest.changed", "Changed the guest's ((?:name|e-mail address|phone|notes)(?:, (?:name|e-mail address|phone|notes))*)\\.", "f"),
            new Sentence("anonymised.asked", "The guest's personal details were anonymised at their request\\.", ""),
            new Sentence("anonymised.lapsed", "The guest's personal details were anonymised (\\d+) months after their last stay\\.", "t"),
            new Sentence("overridden", "Booked despite the stay rules: (.+)\\.", "r"),
            new Sentence("overridden.changed", "Changed despite the stay rules: (.+)\\.", "r"),
            new Sentence("unit.moved", "Moved (.+) from room (\\d+) to room (\\d+)\\.", "ttt"),
            new Sentence("stay.changed", "Changed the stay from (.+), (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2}) to (.+), "
                    + "(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2}); the total from " + MONEY + " to " + MONEY + "\\.", "tddtddmm"));

    /** The stay rules' reasons as StayRules wrote them ("Minimum 3 nights from 2027-07-01"), each with its key. */
    private static final Pattern NIGHTS = Pattern.compile("(Minimum|Maximum) (\\d+) nights?" + "( from (\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern WEEKDAYS = Pattern.compile("No (arrivals|departures) on ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days"
            + "(?:(?:, | and )(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)*)( from (\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern HORIZON = Pattern.compile("Bookable up to (\\d+) months? ahead");
    private static final Pattern LEAD = Pattern.compile("Bookable at least (\\d+) days? ahead");
    private static final Pattern CUTOFF = Pattern.compile("Same-day bookings close at (\\d{2}:00)");

    private HistoryWords() {
    }

    /** The entry's sentence in this language; English, and a sentence not known here, as stored. */
    public static String description(String stored, String currencyCode, Language language) {
        if (language == Language.ENGLISH || stored == null) {
            return stored;
        }
        Wording words = Wording.of(BUNDLE, language);
        for (Sentence sentence : SENTENCES) {
            Matcher matcher = sentence.shape().matcher(stored);
            if (matcher.matches()) {
                return arguments(matcher, sentence.parts(), currencyCode, words)
                        .map(arguments -> words.text(sentence.key(), arguments.toArray())).orElse(stored);
            }
        }
        return stored;
    }

    /** Who made the entry, in this language where it is not a name ("The guest" of an anonymised booking). */
    public static String actor(String stored, Language language) {
        return "The guest".equals(stored) && language != Language.ENGLISH ? Wording.of(BUNDLE, language).text("actor.guest")
                : stored;
    }

    private static Optional<List<String>> arguments(Matcher matcher, String parts, String currencyCode, Wording words) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < parts.length(); i++) {
            String written = matcher.group(i + 1);
            Optional<String> argument = switch (parts.charAt(i)) {
                case 'm' -> money(written, currencyCode).map(words::money);
                case 'd' -> date(written).map(day -> words.date("date", day));
                case 'r' -> reasons(written, words);
                case 'f' -> Optional.of(Arrays.stream(written.split(", "))
                        .map(field -> words.text("field." + field.replace(' ', '-'))).collect(Collectors.joining(", ")));
                default -> Optional.of(written);
            };
            if (argument.isEmpty()) {
                return Optional.empty();
            }
            arguments.add(argument.get());
        }
        return Optional.of(arguments);
    }

    /** The stay rules a desk booking overrode, each in this language; empty when one of them is not known here. */
    private static Optional<String> reasons(String written, Wording words) {
        List<String> reasons = new ArrayList<>();
        for (String reason : written.split("; ")) {
            Optional<String> said = reason(reason, words);
            if (said.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(said.get());
        }
        return Optional.of(String.join("; ", reasons));
    }

    private static Optional<String> reason(String reason, Wording words) {
        Language language = words.language();
        Matcher nights = NIGHTS.matcher(reason);
        if (nights.matches()) {
            String key = nights.group(1).equals("Minimum") ? "rule.min-nights" : "rule.max-nights";
            String count = Plural.of(Long.parseLong(nights.group(2)), "night", language);
            return from(nights.group(4), words).map(from -> words.text(key, count) + from);
        }
        Matcher weekdays = WEEKDAYS.matcher(reason);
        if (weekdays.matches()) {
            String key = weekdays.group(1).equals("arrivals") ? "rule.closed-to-arrival" : "rule.closed-to-departure";
            List<String> days = Arrays.stream(weekdays.group(2).split(", | and "))
                    .map(day -> DayOfWeek.valueOf(day.substring(0, day.length() - 1).toUpperCase(Locale.ROOT)))
                    .map(day -> day.getDisplayName(TextStyle.FULL, words.formats())).toList();
            String named = days.size() < 2 ? days.get(0) : words.text("list.and",
                    String.join(", ", days.subList(0, days.size() - 1)), days.get(days.size() - 1));
            return from(weekdays.group(4), words).map(from -> words.text(key, named) + from);
        }
        Matcher horizon = HORIZON.matcher(reason);
        if (horizon.matches()) {
            return Optional.of(words.text("rule.booking-horizon", Plural.of(Long.parseLong(horizon.group(1)), "month", language)));
        }
        Matcher lead = LEAD.matcher(reason);
        if (lead.matches()) {
            return Optional.of(words.text("rule.lead-days", Plural.of(Long.parseLong(lead.group(1)), "day", language)));
        }
        Matcher cutoff = CUTOFF.matcher(reason);
        return cutoff.matches() ? Optional.of(words.text("rule.same-day-cutoff", cutoff.group(1))) : Optional.empty();
    }

    /** A season's first night, as " ab 1. Juli 2027"; empty text without one, nothing for a date that does not read. */
    private static Optional<String> from(String written, Wording words) {
        return written == null ? Optional.of("") : date(written).map(day -> words.text("rule.from", words.date("date", day)));
    }

    /** An amount as Money.formatted() wrote it: its digits are the minor units, if it reads back the same. */
    private static Optional<Money> money(String written, String currencyCode) {
        String digits = written.replaceAll("\\D", "");
        if (currencyCode == null || digits.isEmpty() || digits.length() > 17) {
            return Optional.empty();
        }
        Money amount = Money.of(Long.parseLong(digits), currencyCode);
        return amount.formatted().equals(written) ? Optional.of(amount) : Optional.empty();
    }

    private static Optional<LocalDate> date(String written) {
        try {
            return Optional.of(LocalDate.parse(written));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
