package dev.bookspace.organisation;

import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a valid organisation identifier, the first segment of its public URLs
 * ({@code /harbour/rooms}): the sign-up, the owner's settings and the public URL filter all read it
 * here, so the rules cannot drift apart. The {@code organisations} check constraint repeats the format.
 */
public final class OrganisationIdentifier {

    /** Lower-case letters, digits and hyphens, 2 to 63 of them, as a DNS label. */
    public static final String FORMAT = "[a-z0-9][a-z0-9-]{1,62}";
    /** For {@code @Pattern}: the empty string is left to {@code @NotBlank}, so a blank field gets one message, not two. */
    public static final String FORMAT_OR_EMPTY = "|" + FORMAT;
    public static final String FORMAT_MESSAGE = "{bookspace.identifier.format}";

    /** Path words of Bookspace itself, which no organisation identifier may take. */
    static final Set<String> RESERVED = Set.of("api", "dashboard", "public", "resources", "static", "login", "logout",
            "signup", "sign-up", "verify-email", "accept-invitation", "admin", "help", "www", "bookspace", "index", "errors",
            "ical", "photos", "language");

    private OrganisationIdentifier() {
    }

    /**
     * The identifier a name suggests: "Café Sol & Mar" becomes {@code cafe-sol-mar}, accents dropped and
     * everything else between words a hyphen; empty when the name has too few letters or digits.
     */
    public static String suggestedFor(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String suggested = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (suggested.length() > 63) {
            suggested = suggested.substring(0, 63).replaceAll("-+$", "");
        }
        return suggested.matches(FORMAT) ? suggested : "";
    }

    /**
     * What only Bookspace and its database know against a well-formed identifier: a reserved word, or
     * one another organisation has. The organisation's own identifier is not "taken".
     *
     * @param ownOrganisationId the organisation that asks to keep or take the identifier, or null at sign-up
     */
    public static Optional<FieldProblem> refusal(EntityManager entityManager, String identifier, Long ownOrganisationId) {
        if (RESERVED.contains(identifier)) {
            return Optional.of(new FieldProblem("identifier", "\u201c" + identifier
                    + "\u201d is a word of Bookspace itself; choose another identifier.").worded("identifier.reserved", identifier));
        }
        boolean taken = entityManager.createNamedQuery("Organisation.findByIdentifier", Organisation.class)
                .setParameter("identifier", identifier)
                .getResultStream()
                .anyMatch(holder -> !holder.getId().equals(ownOrganisationId));
        return taken ? Optional.of(takenProblem(identifier)) : Optional.empty();
    }

    /** Also what a unique-key violation at commit means, when two owners asked for one identifier at once. */
    public static FieldProblem takenProblem(String identifier) {
        return new FieldProblem("identifier", "\u201c" + identifier + "\u201d is taken; choose another identifier.")
                .worded("identifier.taken", identifier);
    }
}
