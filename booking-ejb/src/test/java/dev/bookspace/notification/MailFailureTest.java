package dev.bookspace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class MailFailureTest {

    @Test
    void saysWhyWithEveryCauseOnce() {
        MessagingException refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
                new ConnectException("Connection refused"));

        assertThat(MailFailure.describe(refused)).isEqualTo("Couldn't connect to host, port: 127.0.0.1, 25; Connection refused");
    }

    @Test
    void namesAFailureThatGaveNoMessage() {
        assertThat(MailFailure.describe(new SendFailedException(null, new IllegalStateException())))
                .isEqualTo("SendFailedException; IllegalStateException");
    }

    @Test
    void keepsOnlyTheStartOfALongStory() {
        assertThat(MailFailure.describe(new MessagingException("550 " + "x".repeat(1_000))))
                .hasSize(MailFailure.KEPT_LENGTH).startsWith("550 xxx");
    }

    @Test
    void endsOnACauseChainThatLoopsBackOnItself() {
        IllegalStateException first = new IllegalStateException("421 closing");
        IllegalStateException second = new IllegalStateException("socket reset");
        first.initCause(second);
        second.initCause(first);

        assertThat(MailFailure.describe(first)).isEqualTo("421 closing; socket reset");
    }
}
