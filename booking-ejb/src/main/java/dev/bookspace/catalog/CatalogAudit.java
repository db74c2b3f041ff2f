package dev.bookspace.catalog;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.shared.Money;
import java.util.Currency;
import java.util.List;

/** How rooms and add-ons appear in the audit log: what is compared before and after a change. */
final class CatalogAudit {

    private CatalogAudit() {
    }

    static AuditSubject subject(Item room) {
        return AuditSubject.of("room", room.getId(), room.getTitle());
    }

    static AuditFields fields(Item room, Currency currency) {
        RoomFacts facts = room.facts();
        return AuditFields.of()
                .put("title", room.getTitle())
                .put("description", room.getDescription())
                .put("nightly_price", room.nightlyPrice(currency).formatted())
                .put("capacity", room.getCapacity())
                .put("beds", facts.bedSummary())
                .put("size", facts.size())
                .put("amenities", String.join(", ", facts.amenityLabels()))
                .put("check_in_from", facts.checkInFrom())
                .put("check_out_until", facts.checkOutUntil())
                .put("active", room.isActive());
    }

    /** A room's photos in order by their files' names, the cover marked: "sea.jpg (cover), bed.png". */
    static String photos(List<RoomPhoto> ordered) {
        boolean marked = ordered.stream().anyMatch(RoomPhoto::isCover);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            RoomPhoto photo = ordered.get(i);
            text.append(i == 0 ? "" : ", ").append(photo.getFileName())
                    .append((marked ? photo.isCover() : i == 0) ? " (cover)" : "");
        }
        return text.toString();
    }

    static AuditFields photoFields(String photos) {
        return AuditFields.of().put("photos", photos.isEmpty() ? "none" : photos);
    }

    static AuditSubject subject(AddOn addOn) {
        return AuditSubject.of("add_on", addOn.getId(), addOn.getName()
                + (addOn.getItem() == null ? " (every room)" : " (" + addOn.getItem().getTitle() + ")"));
    }

    static AuditFields fields(AddOn addOn, Currency currency) {
        return AuditFields.of()
                .put("name", addOn.getName())
                .put("price", new Money(addOn.getPriceMinor(), currency).formatted())
                .put("pricing", addOn.getPricing().code())
                .put("max_quantity", addOn.getMaxQuantity())
                .put("active", addOn.isActive());
    }
}
