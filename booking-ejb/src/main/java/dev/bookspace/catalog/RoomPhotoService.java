package dev.bookspace.catalog;

import dev.bookspace.audit.AuditTrail;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Room photos: staff upload them (resized on the way in, {@link PhotoIntake}), order them, choose the
 * cover and remove them, each change in the audit log against the room; guests' pages and the API
 * read the covers and galleries; the photo servlet reads the bytes by a photo's key, within the
 * organisation its address names, so one organisation's key finds nothing under another's.
 */
@Stateless
@TenantScoped
public class RoomPhotoService {

    /** Enough for any room's gallery; bounds what one room holds in the database. */
    static final int MAX_PHOTOS_PER_ROOM = 30;

    private static final SecureRandom KEYS = new SecureRandom();

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    /** A room's photos in order, for staff. */
    public List<RoomPhotoView> photos(Scope scope, long itemId) {
        return views(ordered(staffRoom(scope, itemId)), organisationIdentifier(scope));
    }

    /** Resizes the file and adds it as the room's last photo; refuses anything but a JPEG, PNG or WebP photo within the limits. */
    public RoomPhotoView upload(Scope scope, long itemId, String fileName, byte[] bytes) {
        Item room = staffRoom(scope, itemId);
        List<RoomPhoto> photos = ordered(room);
        if (photos.size() >= MAX_PHOTOS_PER_ROOM) {
            throw new InvalidRequestException("photo", room.getTitle() + " has " + MAX_PHOTOS_PER_ROOM
                    + " photos, the most a room keeps; remove one first.")
                    .worded("photos.tooMany", room.getTitle(), MAX_PHOTOS_PER_ROOM);
        }
        PhotoIntake.Prepared prepared = PhotoIntake.prepare(fileName, bytes);
        String before = CatalogAudit.photos(photos);
        RoomPhoto photo = new RoomPhoto(room, newKey(), photos.size(), fileName(fileName), prepared, now());
        entityManager.persist(photo);
        entityManager.flush();
        entityManager.persist(new RoomPhotoImage(photo.getId(), PhotoSize.CARD, prepared.card().bytes()));
        entityManager.persist(new RoomPhotoImage(photo.getId(), PhotoSize.LARGE, prepared.large().bytes()));
        photos.add(photo);
        record(scope, "room.photo_added", room, before, photos);
        return views(photos, organisationIdentifier(scope)).get(photos.size() - 1);
    }

    /** Makes the photo the room's cover, the one its card on the rooms page shows. */
    public void chooseCover(Scope scope, long itemId, long photoId) {
        Item room = staffRoom(scope, itemId);
        List<RoomPhoto> photos = ordered(room);
        RoomPhoto chosen = photoOf(photos, photoId);
        String before = CatalogAudit.photos(photos);
        photos.forEach(photo -> photo.setCover(false));
        // One cover per room is a unique index: the old mark goes before the new one is written.
        entityManager.flush();
        chosen.setCover(true);
        record(scope, "room.cover_chosen", room, before, photos);
    }

    /** Moves the photo one place earlier ({@code -1}) or later ({@code 1}) in the room's gallery. */
    public void move(Scope scope, long itemId, long photoId, int step) {
        Item room = staffRoom(scope, itemId);
        List<RoomPhoto> photos = ordered(room);
        RoomPhoto moved = photoOf(photos, photoId);
        int from = photos.indexOf(moved);
        int to = Math.max(0, Math.min(photos.size() - 1, from + Integer.signum(step)));
        if (from == to) {
            return;
        }
        String before = CatalogAudit.photos(photos);
        photos.remove(from);
        photos.add(to, moved);
        renumber(photos);
        record(scope, "room.photos_reordered", room, before, photos);
    }

    /** Removes the photo and its sizes; when it was the cover, the first photo is the cover again. */
    public void remove(Scope scope, long itemId, long photoId) {
        Item room = staffRoom(scope, itemId);
        List<RoomPhoto> photos = ordered(room);
        RoomPhoto removed = photoOf(photos, photoId);
        String before = CatalogAudit.photos(photos);
        // Its sizes go with it: the database cascades the delete to room_photo_images.
        entityManager.remove(removed);
        photos.remove(removed);
        renumber(photos);
        record(scope, "room.photo_removed", room, before, photos);
    }

    /** A room's photos in order, for its public page and the API. */
    public List<RoomPhotoView> gallery(Scope scope, long itemId) {
        return views(entityManager.createNamedQuery("RoomPhoto.ofItem", RoomPhoto.class)
                .setParameter("itemId", itemId).getResultList(), organisationIdentifier(scope));
    }

    /** The rooms' photos, by room, in one query: for the rooms page's cards and the API's lists. */
    public Map<Long, List<RoomPhotoView>> galleries(Scope scope, Collection<Long> itemIds) {
        Map<Long, List<RoomPhoto>> byRoom = new LinkedHashMap<>();
        if (!itemIds.isEmpty()) {
            entityManager.createNamedQuery("RoomPhoto.ofItems", RoomPhoto.class)
                    .setParameter("itemIds", List.copyOf(itemIds))
                    .getResultStream()
                    .forEach(photo -> byRoom.computeIfAbsent(photo.getItemId(), id -> new ArrayList<>()).add(photo));
        }
        String organisation = organisationIdentifier(scope);
        Map<Long, List<RoomPhotoView>> views = new LinkedHashMap<>();
        byRoom.forEach((itemId, photos) -> views.put(itemId, views(photos, organisation)));
        return views;
    }

    /** The bytes of one size of a photo of the scope's organisation, by its key; empty for anything else. */
    public Optional<PhotoImage> image(Scope scope, String key, String size) {
        Optional<PhotoSize> known = PhotoSize.ofCode(size);
        if (known.isEmpty() || key == null || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("RoomPhoto.byKey", RoomPhoto.class).setParameter("key", key)
                .getResultStream().findFirst()
                .flatMap(photo -> entityManager.createNamedQuery("RoomPhotoImage.bytes", byte[].class)
                        .setParameter("photoId", photo.getId()).setParameter("size", known.get().code())
                        .getResultStream().findFirst()
                        .map(bytes -> new PhotoImage(photo.getMediaType(), bytes)));
    }

    private void record(Scope scope, String action, Item room, String before, List<RoomPhoto> after) {
        audit.record(scope, action, CatalogAudit.subject(room), CatalogAudit.photoFields(before),
                CatalogAudit.photoFields(CatalogAudit.photos(after)));
    }

    private List<RoomPhoto> ordered(Item room) {
        return new ArrayList<>(entityManager.createNamedQuery("RoomPhoto.ofItem", RoomPhoto.class)
                .setParameter("itemId", room.getId()).getResultList());
    }

    private static RoomPhoto photoOf(List<RoomPhoto> photos, long photoId) {
        return photos.stream().filter(photo -> photo.getId() == photoId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such photo."));
    }

    private static void renumber(List<RoomPhoto> photos) {
        for (int i = 0; i < photos.size(); i++) {
            photos.get(i).moveTo(i);
        }
    }

    /** The cover is the photo marked so, or else the first. */
    private static List<RoomPhotoView> views(List<RoomPhoto> photos, String organisation) {
        boolean marked = photos.stream().anyMatch(RoomPhoto::isCover);
        List<RoomPhotoView> views = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            RoomPhoto photo = photos.get(i);
            views.add(RoomPhotoView.of(photo, organisation, marked ? photo.isCover() : i == 0));
        }
        return views;
    }

    private String organisationIdentifier(Scope scope) {
        return entityManager.find(Organisation.class, scope.organisationId()).getIdentifier();
    }

    /** Owners and staff manage a room's photos; anyone else finds no room. */
    private Item staffRoom(Scope scope, long itemId) {
        Item item = scope.isStaff() ? entityManager.find(Item.class, itemId) : null;
        if (item == null) {
            throw new NotFoundException("There is no room " + itemId + ".");
        }
        return item;
    }

    private static String newKey() {
        byte[] key = new byte[16];
        KEYS.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The name as staff see it again: one line, at most 200 characters. */
    private static String fileName(String name) {
        String plain = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\]", " ").strip();
        if (plain.isEmpty()) {
            return "photo";
        }
        return plain.length() > 200 ? plain.substring(0, 200) : plain;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
