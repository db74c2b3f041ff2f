package dev.bookspace.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a request to an address an organisation gave got no answer or was not made, as {@link OutboundFailures} and
 * {@link OutboundGuard} wrote it in English (a webhook delivery's last failure, inside a calendar feed's last error),
 * in the staff member's language from {@code OutboundFailures*.properties}. What a sentence quotes (a host, the TLS
 * library's words) is kept; a sentence not known here stays as stored.
 */
public final class OutboundFailureWords {

    private static final String BUNDLE = "dev.bookspace.shared.OutboundFailures";
    private static final String PUBLIC_ONLY = "; only addresses on the public internet are called\\.";

    /** What a sentence's last part is: quoted as stored, an address's kind, or a failure said by these words too. */
    private enum Last { QUOTED, KIND, FAILURE }

    private record Sentence(String key, Pattern shape, Last last) {
        Sentence(String key, String shape) {
            this(key, shape, Last.QUOTED);
        }

        Sentence(String key, String shape, Last last) {
            this(key, Pattern.compile(shape, Pattern.DOTALL), last);
        }
    }

    private static final List<Sentence> SENTENCES = List.of(
            new Sentence("no-address", "No address was found for (.+)\\."),
            new Sentence("no-connection", "No connection within (\\d+) seconds\\."),
            new Sentence("no-answer-within", "No answer within (\\d+) seconds\\."),
            new Sentence("refused", "Connection refused\\."),
            new Sentence("secure", "The secure connection failed: (.*)"),
            new Sentence("no-answer", "No answer: (.*)"),
            new Sentence("address", "Refused: (\\S+) is (an? [a-zA-Z -]+ address)" + PUBLIC_ONLY, Last.KIND),
            new Sentence("resolves-to", "Refused: (\\S+) resolves to (\\S+), (an? [a-zA-Z -]+ address)" + PUBLIC_ONLY, Last.KIND),
            new Sentence("https", Pattern.quote(OutboundGuard.plainHttpRefusal(false))),
            new Sentence("https-or-loopback", Pattern.quote(OutboundGuard.plainHttpRefusal(true))),
            new Sentence("url-uncallable", "The URL cannot be called: (.*)", Last.FAILURE));

    private OutboundFailureWords() {
    }

    /** The failure in this language; English, and a failure not known here, as stored. */
    public static String of(String stored, Language language) {
        if (stored == null || language == Language.ENGLISH) {
            return stored;
        }
        return said(stored, Wording.of(BUNDLE, language)).orElse(stored);
    }

    /** The failure in these words; empty when it is no sentence known here. */
    public static Optional<String> said(String text, Wording words) {
        for (Sentence sentence : SENTENCES) {
            Matcher matcher = sentence.shape().matcher(text);
            if (matcher.matches()) {
                Object[] parts = Wording.parts(matcher);
                int last = parts.length - 1;
                if (sentence.last() == Last.KIND) {
                    Optional<String> kind = OutboundAddresses.kindKey((String) parts[last]).map(key -> "kind." + key);
                    if (kind.isEmpty()) {
                        return Optional.empty();
                    }
                    parts[last] = words.text(kind.get());
                } else if (sentence.last() == Last.FAILURE) {
                    parts[last] = said((String) parts[last], words).orElse((String) parts[last]);
                }
                return Optional.of(words.text(sentence.key(), parts));
            }
        }
        return Optional.empty();
    }
}
