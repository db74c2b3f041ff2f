package dev.bookspace.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The day at the front desk.
 *
 * @param today the organisation's date
 * @param arrivals stays that begin today
 * @param departures stays that end today
 */
public record FrontDesk(LocalDate today, List<StayOnDesk> arrivals, List<StayOnDesk> departures) implements Serializable {

    public FrontDesk {
        arrivals = List.copyOf(arrivals);
        departures = List.copyOf(departures);
    }
}
