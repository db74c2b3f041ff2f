package dev.bookspace.shared;

import dev.bookspace.shared.InvalidRequestException.Wording;
import java.util.List;
import java.util.Optional;

/**
 * A refusal whose message is an English sentence (the API and logs answer it) and which a page says in its reader's
 * language by a key and figures ({@code refusal.<key>} of the pages' words), as {@link InvalidRequestException#worded}
 * does for input. A refusal without a key is shown as its sentence.
 */
public abstract class WordedRefusal extends RuntimeException {

    private Wording wording;

    protected WordedRefusal(String message, Throwable cause) {
        super(message, cause);
    }

    /** Sets the key and figures: subclasses answer themselves ({@code worded}) so a throw reads in one line. */
    protected void word(String key, Object... arguments) {
        this.wording = new Wording(key, List.of(arguments));
    }

    public Optional<Wording> wording() {
        return Optional.ofNullable(wording);
    }
}
