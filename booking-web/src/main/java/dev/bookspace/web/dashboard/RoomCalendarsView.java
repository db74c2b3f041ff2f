package dev.bookspace.web.dashboard;

import dev.bookspace.availability.CalendarExportService;
import dev.bookspace.shared.PublicUrls;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A room's calendar sync on its page: the secret feed URL other channels subscribe to, which staff
 * can replace.
 */
@Named
@ViewScoped
public class RoomCalendarsView implements Serializable {

    @Inject
    private CurrentAccount current;

    @EJB
    private CalendarExportService exports;

    @Inject
    private PublicUrls urls;

    private Long roomId;
    private String exportUrl;

    /** On a room's page: that room's feed URL. */
    public void showRoom(long id) {
        roomId = id;
        exportUrl = feedUrl(exports.exportToken(current.scope(), id));
    }

    /** A new secret URL; the old one stops answering at once. */
    public void regenerate() {
        exportUrl = feedUrl(exports.regenerateExportToken(current.scope(), roomId));
    }

    private String feedUrl(String token) {
        return urls.of("/ical/" + token + ".ics");
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getExportUrl() {
        return exportUrl;
    }
}
