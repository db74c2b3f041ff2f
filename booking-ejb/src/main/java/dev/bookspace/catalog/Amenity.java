package dev.bookspace.catalog;

import dev.bookspace.shared.Coded;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a room offers, from a fixed list so that guests can compare rooms and the API can name them; kept by code,
 * labelled in English here alone (a later translation replaces the labels, not the codes). In the order pages
 * list them: what guests look for first comes first, and a room's card shows its first few.
 */
public enum Amenity implements Coded {
    WIFI("wifi", "Wi-Fi"),
    PRIVATE_BATHROOM("private_bathroom", "Private bathroom"),
    AIR_CONDITIONING("air_conditioning", "Air conditioning"),
    HEATING("heating", "Heating"),
    KITCHEN("kitchen", "Kitchen"),
    KITCHENETTE("kitchenette", "Kitchenette"),
    SEA_VIEW("sea_view", "Sea view"),
    GARDEN_VIEW("garden_view", "Garden view"),
    BALCONY("balcony", "Balcony"),
    TERRACE("terrace", "Terrace"),
    PARKING("parking", "Parking"),
    STEP_FREE_ACCESS("step_free_access", "Step-free access"),
    PETS_ALLOWED("pets_allowed", "Pets allowed"),
    TV("tv", "TV"),
    DESK("desk", "Desk"),
    SAFE("safe", "Safe"),
    WASHING_MACHINE("washing_machine", "Washing machine"),
    COFFEE_MACHINE("coffee_machine", "Coffee machine"),
    HAIRDRYER("hairdryer", "Hairdryer");

    private final String code;
    private final String label;

    Amenity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Amenity> ofCode(String code) {
        return Arrays.stream(values()).filter(amenity -> amenity.code.equals(code)).findFirst();
    }
}
