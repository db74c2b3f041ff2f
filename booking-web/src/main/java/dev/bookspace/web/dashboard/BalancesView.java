package dev.bookspace.web.dashboard;

import dev.bookspace.booking.BalanceDueRow;
import dev.bookspace.booking.BalanceService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /dashboard/balances.xhtml}: deposit bookings whose balance is still to pay, soonest due first, the overdue marked. */
@Named
@RequestScoped
public class BalancesView {

    @Inject
    private CurrentAccount current;

    @EJB
    private BalanceService balances;

    private List<BalanceDueRow> rows;

    public List<BalanceDueRow> getRows() {
        if (rows == null) {
            rows = balances.balancesDue(current.scope());
        }
        return rows;
    }
}
