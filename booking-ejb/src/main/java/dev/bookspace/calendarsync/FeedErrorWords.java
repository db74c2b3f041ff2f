package dev.bookspace.calendarsync;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.OutboundFailureWords;
import dev.bookspace.shared.Wording;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's last error ({@code calendar_feeds.last_error}) in the staff member's language. The error is stored as the
 * English sentence the fetcher or parser wrote (the owner's mail quotes it as it was), so each known sentence is
 * recognised here and written again from {@code FeedErrors*.properties}, keeping what it quotes (a status, the
 * parser's own words). A sentence not known here stays as stored.
 */
public final class FeedErrorWords {

    private static final String BUNDLE = "dev.bookspace.calendarsync.FeedErrors";

    private record Sentence(String key, Pattern shape) {
        Sentence(String key, String shape) {
            this(key, Pattern.compile(shape, Pattern.DOTALL));
        }
    }

    private static final List<Sentence> SENTENCES = List.of(
            new Sentence("gone", "The channel answered (\\d+): the calendar is no longer at this address\\. Copy the address "
                    + "again from the channel\\. The nights it blocked stay closed until then\\."),
            new Sentence("moved", "The channel answered (\\d+) \\(moved elsewhere\\); redirects are not followed\\. Copy the "
                    + "calendar's address again from the channel\\."),
            new Sentence("status", "The channel answered (\\d+) instead of the calendar; trying again at the next fetch\\."),
            new Sentence("invalid", "The feed is not a valid iCalendar file \\(line (-?\\d+): (.*)\\)\\. Nothing was changed; "
                    + "check the URL with the channel\\."),
            new Sentence("unreadable", "The feed could not be read as an iCalendar file \\((.*)\\)\\. Nothing was changed; "
                    + "check the URL with the channel\\."),
            new Sentence("raced", "Bookspace's calendar changed while this feed was read; it is read again at the next fetch\\."),
            new Sentence("too-large", "The feed is larger than (\\d+) MB; Bookspace reads feeds up to that size\\."));

    /** A fetch that got no answer, and one not made: why, in OutboundFailureWords' words where it knows it. */
    private static final Pattern RETRYING = Pattern.compile("(.*) Trying again at the next fetch\\.", Pattern.DOTALL);
    private static final Pattern UNCALLABLE = Pattern.compile("The address cannot be called: (.*)", Pattern.DOTALL);

    private FeedErrorWords() {
    }

    /** The error in this language; English, and an error not known here, as stored. */
    public static String of(String stored, Language language) {
        if (stored == null || language == Language.ENGLISH) {
            return stored;
        }
        Wording words = Wording.of(BUNDLE, language);
        // Why a fetch got no answer, or was not made, is said as a webhook delivery's failure is.
        Matcher retrying = RETRYING.matcher(stored);
        if (retrying.matches()) {
            return words.text("retrying", OutboundFailureWords.of(retrying.group(1), language));
        }
        Matcher uncallable = UNCALLABLE.matcher(stored);
        if (uncallable.matches()) {
            return words.text("uncallable", OutboundFailureWords.of(uncallable.group(1), language));
        }
        return said(SENTENCES, stored, words).orElse(stored);
    }

    /** The first of these sentences the text is, in this language; empty when it is none of them. */
    private static Optional<String> said(List<Sentence> sentences, String text, Wording words) {
        for (Sentence sentence : sentences) {
            Matcher matcher = sentence.shape().matcher(text);
            if (matcher.matches()) {
                Object[] parts = Wording.parts(matcher);
                return Optional.of(words.text(sentence.key(), parts));
            }
        }
        return Optional.empty();
    }
}
