package dev.bookspace.web.availability;

import dev.bookspace.availability.AvailableItem;
import dev.bookspace.shared.Money;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One free room as the booking widget shows it: the rooms page's card (cover, title, link), with its prices
 * written as the visitor's locale writes money ({@code 1.250,00 €} in German). JavaBean getters, as
 * {@link RoomCard} says why.
 */
public final class WidgetRoomCard {

    private final RoomCard card;
    private final String nightlyPrice;
    private final String stayTotal;

    WidgetRoomCard(RoomCard card, AvailableItem room, Locale locale) {
        this.card = card;
        this.nightlyPrice = (room.lowestNight().others() ? "from " : "") + money(room.lowestNight().price(), locale);
        this.stayTotal = money(room.stayTotal(), locale);
    }

    private static String money(Money amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(amount.currency());
        int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount.decimal());
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
