package dev.bookspace.organisation;

import dev.bookspace.shared.Language;
import dev.bookspace.tenancy.Scope;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the public pages and the API show of an organisation, and the door to its guest scope.
 *
 * @param id the tenant id
 * @param identifier the URL identifier, as in {@code /demo/rooms}
 * @param name the display name
 * @param currencyCode ISO 4217 code of its prices
 * @param timeZone IANA zone that decides its "today"
 * @param terms the terms a guest accepts to book; empty for none, and then nothing to accept
 * @param phoneRequired whether a guest must give a phone number to book
 * @param cardPayments whether guests pay by card when booking, or on arrival
 * @param requiresTwoFactor whether everyone signing in to its dashboard must use two-factor sign-in
 * @param policy its cancellation policy, shown before booking in the reader's words; null for none
 * @param depositRule what a card guest pays when booking; null when the whole amount (or the guest pays on arrival)
 * @param balanceDaysBefore how many days before check-in the rest of a deposit booking is due
 * @param property its address, contact, hours and colour
 * @param defaultLanguage what its public pages speak to a guest whose browser asks for no language Bookspace speaks
 */
public record OrganisationSummary(long id, String identifier, String name, String currencyCode, String timeZone,
        String terms, boolean phoneRequired, boolean cardPayments, boolean requiresTwoFactor, CancellationPolicy policy,
        DepositRule depositRule, int balanceDaysBefore, PropertyDetails property, Language defaultLanguage) implements Serializable {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getIdentifier(), organisation.getName(),
                organisation.currency().getCurrencyCode(), organisation.zone().getId(), organisation.getTerms(),
                organisation.requiresGuestPhone(), organisation.takesCardPayments(), organisation.requiresTwoFactor(),
                organisation.cancellationPolicy().orElse(null),
                organisation.depositRule().filter(rule -> organisation.takesCardPayments()).orElse(null),
                organisation.balanceDaysBefore(),
                organisation.propertyDetails(), organisation.defaultLanguage());
    }

    /** The organisation's current date, in its time zone. */
    public LocalDate today() {
        return LocalDate.now(ZoneId.of(timeZone));
    }

    /** The scope of an anonymous visitor who reached this organisation through its public URL. */
    public Scope guestScope() {
        return Scope.guestOf(id);
    }
}
