package dev.bookspace.notification;

import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.shared.PublicUrls;

/**
 * How a mail to a guest looks like its organisation: its name, its header's colour and its logo.
 *
 * @param name the organisation's name, the header's text when there is no logo (and the logo's alt text)
 * @param colour the header's colour, {@code #rrggbb}; null for Bookspace's own
 * @param logoUrl the logo's absolute address; null when there is none
 */
public record MailBrand(String name, String colour, String logoUrl) {

    /** Bookspace's own header colour, the public pages' accent. */
    static final String BOOKSPACE_GREEN = "#0b6e4f";

    public static MailBrand of(String organisationName, PropertyDetails property, PublicUrls urls) {
        return new MailBrand(organisationName, property.brandColour(),
                property.logo() == null ? null : urls.of(property.logo().path()));
    }

    /** The header's inline style, as on the public pages. */
    String headerStyle() {
        return PropertyDetails.headerStyle(colour == null ? BOOKSPACE_GREEN : colour);
    }
}
