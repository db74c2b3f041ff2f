package dev.bookspace.web.dashboard;

import dev.bookspace.booking.BookingFilter;
import dev.bookspace.booking.BookingListService;
import dev.bookspace.booking.BookingRow;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.StatusWords;
import dev.bookspace.catalog.RoomRow;
import dev.bookspace.catalog.RoomService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /dashboard/bookings.xhtml}: the bookings, a page at a time from the database, sortable, and
 * filtered by status, dates and a search over reference, guest name and e-mail address.
 */
@Named
@ViewScoped
public class BookingsView implements Serializable {

    @Inject
    private CurrentAccount current;

    @EJB
    private BookingListService bookings;

    @EJB
    private RoomService roomService;

    private BookingStatus status;
    private String search;
    private LocalDate staysFrom;
    private LocalDate staysUntil;
    private Long roomId;
    private List<RoomRow> rooms;

    private final LazyDataModel<BookingRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> columnFilters) {
            return (int) bookings.countBookings(current.scope(), filter());
        }

        @Override
        public List<BookingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> columnFilters) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return bookings.listBookings(current.scope(), filter(), first, pageSize,
                    sort == null ? "checkIn" : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(BookingRow row) {
            return row.reference();
        }
    };

    private BookingFilter filter() {
        return new BookingFilter(status, search, staysFrom, staysUntil, roomId);
    }

    /** The CSV export of what the filter shows. */
    public String getCsvLink() {
        StringBuilder link = new StringBuilder("/dashboard/bookings.csv?");
        if (status != null) {
            link.append("status=").append(status.code()).append('&');
        }
        if (search != null && !search.isBlank()) {
            link.append("q=").append(URLEncoder.encode(search.strip(), StandardCharsets.UTF_8)).append('&');
        }
        if (staysFrom != null) {
            link.append("from=").append(staysFrom).append('&');
        }
        if (staysUntil != null) {
            link.append("until=").append(staysUntil).append('&');
        }
        if (roomId != null) {
            link.append("room=").append(roomId).append('&');
        }
        return link.substring(0, link.length() - 1);
    }

    /** Every room, hidden ones too: their past bookings are still listed. */
    public List<RoomRow> getRooms() {
        if (rooms == null) {
            rooms = roomService.listRooms(current.scope());
        }
        return rooms;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public BookingStatus[] getStatuses() {
        return BookingStatus.values();
    }

    /** A status in the filter, in the words its bookings read in the list. */
    public String statusLabel(BookingStatus status) {
        return StatusWords.filterLabel(status);
    }

    public LazyDataModel<BookingRow> getRows() {
        return rows;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public void setStatus(BookingStatus status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LocalDate getStaysFrom() {
        return staysFrom;
    }

    public void setStaysFrom(LocalDate staysFrom) {
        this.staysFrom = staysFrom;
    }

    public LocalDate getStaysUntil() {
        return staysUntil;
    }

    public void setStaysUntil(LocalDate staysUntil) {
        this.staysUntil = staysUntil;
    }
}
