package dev.bookspace.web.dashboard;

import dev.bookspace.calendarsync.CalendarExportService;
import dev.bookspace.calendarsync.CalendarFeedImport;
import dev.bookspace.calendarsync.CalendarFeedService;
import dev.bookspace.calendarsync.FeedErrorWords;
import dev.bookspace.calendarsync.FeedHealth;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A room's calendar sync on its page: the secret feed URL other channels subscribe to, which staff
 * can replace, and the other channels' feeds the room imports.
 */
@Named
@ViewScoped
public class RoomCalendarsView implements Serializable {

    @Inject
    private DashboardWords words;

    @Inject
    private CurrentAccount current;

    @EJB
    private CalendarExportService exports;

    @Inject
    private PublicUrls urls;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private CalendarFeedImport imports;

    /** The add-a-calendar form; its inputs carry the service's field names, so refusals land next to them. */
    static final String FORM = "calendar-feeds";

    private Long roomId;
    private String exportUrl;
    private List<FeedHealth> imported = List.of();
    private String newName;
    private String newUrl;

    /** On a room's page: that room's feed URL and feeds. */
    public void showRoom(long id) {
        roomId = id;
        exportUrl = feedUrl(exports.exportToken(current.scope(), id));
        imported = feeds.feeds(current.scope(), id);
    }

    public void add() {
        try {
            feeds.add(current.scope(), roomId, newName, newUrl);
            newName = null;
            newUrl = null;
        } catch (InvalidRequestException e) {
            FormMessages.show(FORM, e);
        }
        imported = feeds.feeds(current.scope(), roomId);
    }

    /** Fetches the feed at once and shows what came of it; bounded by the fetcher's timeouts. */
    public void fetchNow(long feedId) {
        try {
            imports.fetchNow(current.scope(), feedId);
        } catch (NotFoundException e) {
            // Removed meanwhile, in another tab: the refreshed list shows it gone.
        }
        imported = feeds.feeds(current.scope(), roomId);
    }

    public void remove(long feedId) {
        try {
            feeds.remove(current.scope(), roomId, feedId);
        } catch (NotFoundException e) {
            // Removed meanwhile, in another tab.
        }
        imported = feeds.feeds(current.scope(), roomId);
    }

    /** A new secret URL; the old one stops answering at once. */
    public void regenerate() {
        exportUrl = feedUrl(exports.regenerateExportToken(current.scope(), roomId));
    }

    /** When the feed was last read, in UTC to the minute, or that it has not been yet. */
    public String lastRead(FeedHealth feed) {
        return feed.lastSuccessAt() == null ? words.say("word.notYet")
                : words.day(feed.lastSuccessAt().toLocalDate()) + " "
                        + feed.lastSuccessAt().toLocalTime().withSecond(0).withNano(0) + " UTC";
    }

    /** The feed's health in words: its last error, its over-booked stays, or that it works. */
    public String health(FeedHealth feed) {
        if (feed.lastError() != null) {
            return FeedErrorWords.of(feed.lastError(), words.language());
        }
        if (feed.overbooked() > 0) {
            return words.say("roomCalendars.workingOverbooked", feed.overbooked());
        }
        return words.say(feed.lastSuccessAt() == null ? "roomCalendars.waiting" : "roomCalendars.working");
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

    public List<FeedHealth> getImported() {
        return imported;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewUrl() {
        return newUrl;
    }

    public void setNewUrl(String newUrl) {
        this.newUrl = newUrl;
    }
}
