package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.SqlStatements;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lists staff read all day (the bookings page and its export, the API's pages, the occupancy calendar and
 * the front desk) ask the database as many questions for thirty bookings as for three: each row's booking, rooms
 * and payments come in one query for the whole list, not one query a row.
 */
@FullStack
class ListReadsIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private BookingListService bookings;
    private CalendarService calendar;
    private FrontDeskService desk;
    private SqlStatements statements;
    private Organisation org;
    private Scope staff;
    private List<Item> rooms;
    private LocalDate today;

    @BeforeEach
    void anOrganisationWithFortyRooms() {
        bookings = CDI.current().select(BookingListService.class).get();
        calendar = CDI.current().select(CalendarService.class).get();
        desk = CDI.current().select(FrontDeskService.class).get();
        statements = CDI.current().select(SqlStatements.class).get();
        org = fixtures.organisation("Harbour House");
        staff = new Scope(org.id(), null, EnumSet.of(Role.STAFF));
        rooms = IntStream.rangeClosed(1, 40).mapToObj(number -> fixtures.item(org, "Room " + number)).toList();
        today = desk.today(staff).today();
    }

    @Test
    void thirtyBookingsAreReadWithAsManyStatementsAsThree() {
        arrivingToday(0, 3);
        Map<String, List<String>> three = statementsOfEachList();

        arrivingToday(3, 30);
        Map<String, List<String>> thirty = statementsOfEachList();

        assertThat(bookings.countBookings(staff, BookingFilter.everything())).isEqualTo(30);
        assertThat(desk.today(staff).arrivals()).as("a line a room").hasSize(40);
        assertThat(counted(thirty)).as("statements sent for 30 bookings, against 3; for 30 they were %s", thirty)
                .isEqualTo(counted(three));
    }

    /** Bookings for tonight in rooms {@code from} to {@code until} (exclusive), every third with a second room. */
    private void arrivingToday(int from, int until) {
        for (int room = from; room < until; room++) {
            long booking = fixtures.paidBooking(org, rooms.get(room), today, today.plusDays(2));
            if (room % 3 == 0) {
                fixtures.addRoom(booking, rooms.get(30 + room / 3), 10_000);
            }
        }
    }

    private static Map<String, Integer> counted(Map<String, List<String>> statements) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        statements.forEach((list, sent) -> counts.put(list, sent.size()));
        return counts;
    }

    private Map<String, List<String>> statementsOfEachList() {
        Map<String, Runnable> lists = new LinkedHashMap<>();
        lists.put("the bookings page", () -> assertThat(
                bookings.listBookings(staff, BookingFilter.everything(), 0, 50, "checkIn", true)).isNotEmpty());
        lists.put("the API's page", () -> assertThat(
                bookings.listAfter(staff, BookingFilter.everything(), null, 50).rows()).isNotEmpty());
        lists.put("the calendar", () -> assertThat(calendar.calendar(staff, today, today.plusDays(14)).stays()).isNotEmpty());
        lists.put("the front desk", () -> assertThat(desk.today(staff).arrivals()).isNotEmpty());
        Map<String, List<String>> sent = new LinkedHashMap<>();
        lists.forEach((list, read) -> sent.put(list, new ArrayList<>(statements.sentBy(read))));
        return sent;
    }
}
