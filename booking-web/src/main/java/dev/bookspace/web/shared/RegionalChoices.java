package dev.bookspace.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The currencies and time zones an organisation chooses from, on sign-up and on Settings alike: long lists,
 * which the pages make searchable by typing.
 */
@Named
@ApplicationScoped
public class RegionalChoices {

    /** The time zones a property can be in: the IANA regions' places, not the legacy aliases. */
    private static final Pattern PLACE = Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

    private final List<SelectItem> currencies = Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .map(currency -> new SelectItem(currency.getCurrencyCode(),
                    currency.getCurrencyCode() + " · " + currency.getDisplayName(Locale.ENGLISH)))
            .toList();

    private final List<String> timeZones = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> PLACE.matcher(zone).matches())
            .sorted()
            .toList();

    /** Every ISO 4217 currency, by code, with its name. */
    public List<SelectItem> getCurrencies() {
        return currencies;
    }

    public List<String> getTimeZones() {
        return timeZones;
    }

    /** The places' time zones, and first the organisation's own when it is another (an old "UTC", say). */
    public List<String> timeZonesWith(String current) {
        if (current == null || current.isBlank() || timeZones.contains(current)) {
            return timeZones;
        }
        return Stream.concat(Stream.of(current), timeZones.stream()).toList();
    }
}
