package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** What staff need first on the dashboard: who arrives and who leaves today. */
@Stateless
@TenantScoped
public class FrontDeskService {

    private static final String STAYS_BY_BOUND = """
            SELECT bi FROM BookingItem bi
            WHERE bi.bookingStatus IN :active AND SQL('%s(?) = ?', bi.stay, :day)
            ORDER BY bi.booking.guestName, bi.id""";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public FrontDesk today(Scope scope) {
        LocalDate today = entityManager.find(Organisation.class, scope.organisationId()).today(clock);
        return new FrontDesk(today, staysWhere("lower", today), staysWhere("upper", today));
    }

    private List<StayOnDesk> staysWhere(String bound, LocalDate day) {
        return entityManager.createQuery(STAYS_BY_BOUND.formatted(bound), BookingItem.class)
                .setParameter("active", BookingStatus.BLOCKING)
                .setParameter("day", day)
                .getResultStream()
                .map(item -> new StayOnDesk(item.getBooking().getReference(), item.getBooking().getGuestName(),
                        item.getBooking().getGuests(), item.getItem().getTitle(), item.getStay(), item.getBookingStatus()))
                .toList();
    }
}
