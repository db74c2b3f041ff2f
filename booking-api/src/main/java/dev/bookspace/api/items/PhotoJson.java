package dev.bookspace.api.items;

import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.shared.PublicUrls;
import java.util.List;

/**
 * A photo of an item: each size at its absolute address, which never changes its image (cache it as
 * long as you like; a new photo has a new address).
 *
 * @param cover whether it is the item's cover
 * @param card the size of a card in a list, at most 640 × 480
 * @param large the size of a gallery, at most 1600 × 1200
 */
public record PhotoJson(boolean cover, SizeJson card, SizeJson large) {

    /** One size of a photo. */
    public record SizeJson(String url, int width, int height) {
    }

    static PhotoJson of(RoomPhotoView photo, PublicUrls urls) {
        return new PhotoJson(photo.cover(), new SizeJson(urls.of(photo.cardPath()), photo.cardWidth(), photo.cardHeight()),
                new SizeJson(urls.of(photo.largePath()), photo.largeWidth(), photo.largeHeight()));
    }

    static List<PhotoJson> of(List<RoomPhotoView> gallery, PublicUrls urls) {
        return gallery == null ? List.of() : gallery.stream().map(photo -> of(photo, urls)).toList();
    }

    static PhotoJson coverOf(List<PhotoJson> photos) {
        return photos.stream().filter(PhotoJson::cover).findFirst().orElse(null);
    }
}
