package dev.bookspace.notification;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.AtOnce;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import dev.bookspace.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A booking's mail as the guest and the organisation receive it, through the outbox: sent within
 * seconds of the booking, and, while the SMTP server refuses every connection, kept and tried again
 * until it takes them.
 */
@FullStack
@RunAsClient
class MailOutboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SERVER_LOG = TestServer.SERVER_LOG;


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String key;
    private final String guest = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        key = fixtures.apiKey(org);
    }

    @Test
    void aConfirmedBookingsMailsArriveThroughTheOutbox() {
        String reference = book();

        assertThat(awaitMails(guest)).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("Your booking at Harbour House (" + reference + ")"));
        assertThat(awaitMails(Fixtures.notificationAddress(org))).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("New booking " + reference + ": Sea Room"));
        awaitOutbox(guest, mail -> mail.equals("sent 1 -"));
    }

    @Test
    void twoOrganisationsBookedInTheSameMomentEachMailBothPartiesExactlyOnce() throws Exception {
        Organisation other = fixtures.organisation("Quay Lodge");
        Item loft = fixtures.item(other, "Loft");
        String otherKey = fixtures.apiKey(other);
        String otherGuest = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        List<String> references = AtOnce.run(2, n -> n == 0 ? book(org, room, key, guest) : book(other, loft, otherKey, otherGuest));

        assertThat(awaitMails(guest)).singleElement().extracting(TestMail.Mail::subject)
                .isEqualTo("Your booking at Harbour House (" + references.get(0) + ")");
        assertThat(awaitMails(otherGuest)).singleElement().extracting(TestMail.Mail::subject)
                .isEqualTo("Your booking at Quay Lodge (" + references.get(1) + ")");
        assertThat(awaitMails(Fixtures.notificationAddress(org))).singleElement().extracting(TestMail.Mail::subject)
                .isEqualTo("New booking " + references.get(0) + ": Sea Room");
        assertThat(awaitMails(Fixtures.notificationAddress(other))).singleElement().extracting(TestMail.Mail::subject)
                .isEqualTo("New booking " + references.get(1) + ": Loft");
    }

    @Test
    void mailTheSmtpServerRefusesIsTriedAgainUntilItIsSent() {
        String reference;
        TestMail.refuse();
        try {
            reference = book();
            // Refused, kept with the reason, and claimed again a second later (the tests' first retry; 30 s in production).
            awaitOutbox(guest, mail -> mail.startsWith("pending ") && attempts(mail) >= 2 && mail.contains("connect"));
            // Waiting, the mail's text (with the guest's link to their booking) is sealed, not readable in the database.
            assertThat(fixtures.outboxBodies(guest)).singleElement().asString().startsWith("enc:v1:")
                    .doesNotContain(reference, "token=");
        } finally {
            TestMail.acceptAgain();
        }

        assertThat(awaitMails(guest)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your booking at Harbour House (" + reference + ")");
            assertThat(mail.body()).contains("/bookings/" + reference + "?token=");
        });
        assertThat(awaitMails(Fixtures.notificationAddress(org))).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("New booking " + reference + ": Sea Room"));
        awaitOutbox(guest, mail -> mail.startsWith("sent ") && attempts(mail) >= 2);
    }

    @Test
    void aMailGivenUpIsLoggedByItsIdWithoutTheGuestsAddress() throws IOException {
        TestMail.refuse();
        try {
            book();
            awaitOutbox(guest, mail -> mail.startsWith("pending ") && attempts(mail) >= 1);
            fixtures.ageOutbox(guest, Duration.ofDays(2));
            awaitOutbox(guest, mail -> mail.startsWith("failed "));
        } finally {
            TestMail.acceptAgain();
        }

        // The job marks the mail failed, then logs it: the line may follow the row by a moment.
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.readString(SERVER_LOG).contains("Gave up sending mail ") && System.nanoTime() < deadline) {
            pause(200);
        }
        assertThat(Files.readString(SERVER_LOG)).contains("Gave up sending mail ").doesNotContain(guest);
    }

    private String book() {
        return book(org, room, key, guest);
    }

    private static String book(Organisation org, Item room, String key, String guest) {
        String body = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", JAN_1.toString())
                .add("checkout", JAN_3.toString()).add("guests", 2)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", guest)
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
        ApiClient.Exchange answer = new ApiClient(Pages.BASE_URL).post("/api/v3/organisations/" + org.id() + "/bookings", body)
                .key(key).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("reference");
        }
    }

    /** Mail is sent a moment after the booking commits: wait for it, then long enough to see any twin. */
    private static List<TestMail.Mail> awaitMails(String address) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (TestMail.to(address).isEmpty() && System.nanoTime() < deadline) {
            pause(200);
        }
        pause(1_500);
        return TestMail.to(address);
    }

    /** Waits until the outbox holds exactly one mail to the address, as "status attempts last-error", that matches. */
    private void awaitOutbox(String address, Predicate<String> expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!matchesOne(fixtures.outboxMails(address), expected) && System.nanoTime() < deadline) {
            pause(200);
        }
        assertThat(fixtures.outboxMails(address)).singleElement().matches(expected);
    }

    private static boolean matchesOne(List<String> mails, Predicate<String> expected) {
        return mails.size() == 1 && expected.test(mails.get(0));
    }

    private static int attempts(String mail) {
        return Integer.parseInt(mail.split(" ", 3)[1]);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
