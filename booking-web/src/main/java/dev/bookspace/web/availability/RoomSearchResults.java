package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailableItem;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rooms found for the rooms page, for one request only. {@link RoomSearchView} is view scoped,
 * so whatever it holds stays in the visitor's HTTP session for the session's lifetime: holding the
 * list there made each visitor of a 10,000-room organisation cost some 350 KB of heap (bench/NOTES-driver.md).
 * The view keeps the search; the list lives here until the response is written.
 */
@RequestScoped
public class RoomSearchResults {

    private List<AvailableItem> rooms;

    void show(List<AvailableItem> found) {
        rooms = found;
    }

    /** This request's rooms; on a request that did not search (an AJAX update after a date failed to convert), the search's. */
    List<AvailableItem> rooms(Supplier<List<AvailableItem>> search) {
        if (rooms == null) {
            rooms = search.get();
        }
        return rooms;
    }
}
