package dev.bookspace.availability;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One rule a stay breaks: the rule, the figures that make it (such as {@code nights=3, from=2027-07-01}),
 * and the sentence a guest reads ("Minimum 3 nights from 2027-07-01"). Pages, the API's 422 and a list
 * of why a room is not offered all say it this way.
 *
 * @param parameters by name, values as text (dates in ISO form), in the order of their names
 */
public record StayRuleBreach(StayRule rule, Map<String, String> parameters, String sentence) implements Serializable {

    public StayRuleBreach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sentence, "sentence");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public String code() {
        return rule.code();
    }
}
