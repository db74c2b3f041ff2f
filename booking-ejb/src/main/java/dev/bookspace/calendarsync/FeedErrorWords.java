package dev.bookspace.calendarsync;

import dev.bookspace.shared.Language;
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
            new Sentence("uncallable", "The address cannot be called: (.*)"),
            new Sentence("too-large", "The feed is larger than (\\d+) MB; Bookspace reads feeds up to that size\\."));

    /** A fetch that got no answer: why (said again from NETWORK where known), then that it is tried again. */
    private static final Pattern RETRYING = Pattern.compile("(.*) Trying again at the next fetch\\.", Pattern.DOTALL);

    /** Why a fetch got no answer, as OutboundFailures wrote it: the part of "retrying" before "Trying again". */
    private static final List<Sentence> NETWORK = List.of(
            new Sentence("network.no-address", "No address was found for (.+)\\."),
            new Sentence("network.no-connection", "No connection within (\\d+) seconds\\."),
            new Sentence("network.no-answer-within", "No answer within (\\d+) seconds\\."),
            new Sentence("network.refused", "Connection refused\\."),
            new Sentence("network.secure", "The secure connection failed: (.*)"),
            new Sentence("network.no-answer", "No answer: (.*)"));

    private FeedErrorWords() {
    }

    /** The error in this language; English, and an error not known here, as stored. */
    public static String of(String stored, Language language) {
        if (stored == null || language == Language.ENGLISH) {
            return stored;
        }
        Wording words = Wording.of(BUNDLE, language);
        Matcher retrying = RETRYING.matcher(stored);
        if (retrying.matches()) {
            String why = retrying.group(1);
            return words.text("retrying", said(NETWORK, why, words).orElse(why));
        }
        return said(SENTENCES, stored, words).orElse(stored);
    }

    /** The first of these sentences the text is, in this language; empty when it is none of them. */
    private static Optional<String> said(List<Sentence> sentences, String text, Wording words) {
        for (Sentence sentence : sentences) {
            Matcher matcher = sentence.shape().matcher(text);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = matcher.group(i + 1);
                }
                return Optional.of(words.text(sentence.key(), parts));
            }
        }
        return Optional.empty();
    }
}
