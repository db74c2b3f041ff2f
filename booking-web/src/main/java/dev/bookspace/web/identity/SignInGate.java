package dev.bookspace.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds what sign-ins may cost this server at once, however many arrive: password checks (PBKDF2 at
 * 600,000 iterations, about 125 ms of a core each) run a few at a time, and attempts held back by the
 * throttle wait a few dozen at a time, each holding a request thread. An attempt beyond either bound is
 * turned away at once with a sentence, so a flood of sign-ins slows sign-in, never the bookings.
 */
@ApplicationScoped
public class SignInGate {

    /** Room in the queue for a password check, before an attempt is turned away. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(5);
    /** Attempts held back at once. */
    static final int WAITING = 32;

    private final Semaphore checking;
    private final Semaphore waiting;
    private final Duration queueWait;

    public SignInGate() {
        this(Runtime.getRuntime().availableProcessors(), WAITING, QUEUE_WAIT);
    }

    SignInGate(int checks, int waiters, Duration queueWait) {
        this.checking = new Semaphore(checks, true);
        this.waiting = new Semaphore(waiters);
        this.queueWait = queueWait;
    }

    /** Holds the attempt back for {@code wait}; false, without waiting, when too many already wait. */
    public boolean holdBack(Duration wait) {
        if (wait.isZero()) {
            return true;
        }
        if (!waiting.tryAcquire()) {
            return false;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.release();
        }
    }

    /** Runs a password check when a core is free for it, or answers null when none was within the queue's wait ({@link #QUEUE_WAIT}). */
    public <T> T check(Supplier<T> passwordCheck) {
        try {
            if (!checking.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return passwordCheck.get();
        } finally {
            checking.release();
        }
    }
}
