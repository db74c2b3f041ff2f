package dev.bookspace.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** However many sign-ins arrive, only so many check a password or wait at once; the rest are turned away. */
class SignInGateTest {

    @Test
    void aSignInFindingEveryCoreBusyCheckingIsTurnedAwayInsteadOfQueueingForever() throws Exception {
        SignInGate gate = new SignInGate(1, 1, Duration.ofMillis(100));
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> gate.check(() -> {
            checking.countDown();
            await(release);
            return "first";
        }));
        assertThat(checking.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.check(() -> "second")).as("no core free within the wait").isNull();

        release.countDown();
        assertThat(busy.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(gate.check(() -> "third")).as("a core free again").isEqualTo("third");
    }

    @Test
    void aSignInHeldBackWhileTooManyAlreadyWaitIsTurnedAwayAtOnce() throws Exception {
        SignInGate gate = new SignInGate(1, 1, Duration.ofMillis(100));
        AtomicBoolean firstWaited = new AtomicBoolean();
        Thread first = new Thread(() -> firstWaited.set(gate.holdBack(Duration.ofSeconds(2))));
        first.start();
        // Sleeping inside holdBack means it holds the only waiting place.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (first.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        assertThat(gate.holdBack(Duration.ofMillis(1))).as("the only waiting place is taken").isFalse();
        assertThat(gate.holdBack(Duration.ZERO)).as("an attempt not held back never waits").isTrue();
        first.join(5_000);
        assertThat(firstWaited).isTrue();
        assertThat(gate.holdBack(Duration.ofMillis(1))).as("the place is free again").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
