package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailableItem;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.web.shared.PageWords;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One room as its card on the rooms page shows it, worded and formatted once, in Java. JavaBean
 * getters rather than record accessors because EL reads a property from a per-class cache, but looks
 * a method call such as {@code room.item().title()} up by reflection every time: a quarter of the
 * page's render time went to that with 24 cards (bench/RESULTS.md).
 */
public final class RoomCard {

    /** Amenities a card shows, the first of the list's order; the room's page shows them all. */
    static final int KEY_AMENITIES = 4;

    private final long id;
    private final String title;
    private final String description;
    private final String capacity;
    /** Its size and beds on one line, "25 m² · 1 double bed"; empty when staff gave neither. */
    private final String facts;
    private final List<String> keyAmenities;
    private final String nightlyPrice;
    private final String stayTotal;
    private final String nights;
    private final String link;
    /** The cover photo's card size, or null for a room without photos. */
    private final RoomPhotoView cover;
    /** "Only 2 left" for a room type with few of its rooms free for the stay; null otherwise ({@link AvailableItem#fewLeft}). */
    private final String unitsLeft;

    RoomCard(AvailableItem room, String link, RoomPhotoView cover, PageWords words) {
        ItemSummary item = room.item();
        long stayNights = room.stay().nights();
        this.id = item.id();
        this.title = item.title();
        this.description = item.description();
        this.capacity = words.format("room.capacity", item.capacity());
        this.facts = Stream.of(item.facts().size(), words.beds(item.facts())).filter(text -> text != null && !text.isEmpty())
                .collect(Collectors.joining(" · "));
        List<String> amenities = words.amenities(item.facts().amenities());
        this.keyAmenities = amenities.subList(0, Math.min(KEY_AMENITIES, amenities.size()));
        String lowest = words.money(room.lowestNight().price());
        this.nightlyPrice = room.lowestNight().others() ? words.format("rooms.from-price", lowest) : lowest;
        this.stayTotal = words.money(room.stayTotal());
        this.nights = words.format("rooms.for-nights", stayNights);
        this.link = link;
        this.cover = cover;
        this.unitsLeft = room.fewLeft() ? words.format("rooms.units-left", room.unitsLeft()) : null;
    }

    public String getUnitsLeft() {
        return unitsLeft;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCapacity() {
        return capacity;
    }

    public String getFacts() {
        return facts;
    }

    public List<String> getKeyAmenities() {
        return keyAmenities;
    }

    public String getNightlyPrice() {
        return nightlyPrice;
    }

    public String getStayTotal() {
        return stayTotal;
    }

    public String getNights() {
        return nights;
    }

    public String getLink() {
        return link;
    }

    public boolean isHasCover() {
        return cover != null;
    }

    public String getCoverPath() {
        return cover == null ? null : cover.cardPath();
    }

    public int getCoverWidth() {
        return cover == null ? 0 : cover.cardWidth();
    }

    public int getCoverHeight() {
        return cover == null ? 0 : cover.cardHeight();
    }
}
