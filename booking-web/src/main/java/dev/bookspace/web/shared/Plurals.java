package dev.bookspace.web.shared;

import dev.bookspace.shared.Plural;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@link Plural} for the pages: {@code #{plurals.of(stay.nights(), 'night')}} reads "1 night", "2 nights". */
@Named
@ApplicationScoped
public class Plurals {

    public String of(long count, String noun) {
        return Plural.of(count, noun);
    }
}
