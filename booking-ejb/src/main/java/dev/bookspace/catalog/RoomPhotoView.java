package dev.bookspace.catalog;

import java.io.Serializable;

/**
 * A room photo as pages and the API show it: where each size is served (a path from the server's
 * root, {@code /photos/{organisation}/{key}-{size}.jpg}) and how large it is, so a page reserves its
 * space before it loads.
 *
 * @param id the photo's id, for staff's actions on it
 * @param fileName the uploaded file's name, shown to staff only
 * @param cover whether it is the room's cover: the photo marked so, or else the first
 */
public record RoomPhotoView(long id, String fileName, boolean cover, String cardPath, int cardWidth, int cardHeight,
        String largePath, int largeWidth, int largeHeight) implements Serializable {

    static RoomPhotoView of(RoomPhoto photo, String organisationIdentifier, boolean cover) {
        String base = "/photos/" + organisationIdentifier + "/" + photo.getKey() + "-";
        String extension = "image/png".equals(photo.getMediaType()) ? ".png" : ".jpg";
        return new RoomPhotoView(photo.getId(), photo.getFileName(), cover,
                base + PhotoSize.CARD.code() + extension, photo.getCardWidth(), photo.getCardHeight(),
                base + PhotoSize.LARGE.code() + extension, photo.getLargeWidth(), photo.getLargeHeight());
    }
}
