package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailableItem;
import dev.bookspace.web.shared.PageWords;

/**
 * One free room as the booking widget shows it: the rooms page's card (cover, title, link), with its prices
 * written as the page's language writes money ({@code 1.250,00 €} in German). JavaBean getters, as
 * {@link RoomCard} says why.
 */
public final class WidgetRoomCard {

    private final RoomCard card;
    private final String nightlyPrice;
    private final String stayTotal;

    WidgetRoomCard(RoomCard card, AvailableItem room, PageWords words) {
        this.card = card;
        String lowest = words.money(room.lowestNight().price());
        this.nightlyPrice = room.lowestNight().others() ? words.format("rooms.from-price", lowest) : lowest;
        this.stayTotal = words.money(room.stayTotal());
    }

    public RoomCard getCard() {
        return card;
    }

    public String getNightlyPrice() {
        return nightlyPrice;
    }

    public String getStayTotal() {
        return stayTotal;
    }
}
