package dev.bookspace.web.dashboard;

import dev.bookspace.pricing.ChargeForm;
import dev.bookspace.pricing.ChargeKind;
import dev.bookspace.pricing.PricedNight;
import dev.bookspace.pricing.RateService;
import dev.bookspace.pricing.RatesOverview;
import dev.bookspace.pricing.RoomNights;
import dev.bookspace.pricing.SeasonForm;
import dev.bookspace.pricing.StayDiscountForm;
import dev.bookspace.pricing.WeekdayRateForm;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Money;
import dev.bookspace.web.shared.FormMessages;
import dev.bookspace.web.shared.Responses;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rates page: seasons, weekday rates, length-of-stay discounts, taxes and fees, each saved with a
 * sentence saying so, and a month of every room's nightly prices as {@code Pricing} prices them, so an
 * owner sees what a guest pays on any date. The month is in the address ({@code ?month=2027-07}).
 */
@Named
@ViewScoped
public class RatesView implements Serializable {


    @Inject
    private CurrentAccount current;

    @EJB
    private RateService rates;

    @Inject
    private DashboardWords words;

    private String monthParameter;
    private YearMonth month;
    private RatesOverview overview;
    private List<RoomNights> nights = List.of();
    private SeasonForm seasonForm = new SeasonForm();
    private List<String> seasonClosedArrivals = new ArrayList<>();
    private List<String> seasonClosedDepartures = new ArrayList<>();
    private WeekdayRateForm weekdayForm = new WeekdayRateForm();
    private List<String> weekdayNights = new ArrayList<>();
    private StayDiscountForm discountForm = new StayDiscountForm();
    private ChargeForm chargeForm = new ChargeForm();

    public void load() {
        try {
            month = monthParameter == null || monthParameter.isBlank() ? YearMonth.now() : YearMonth.parse(monthParameter);
        } catch (DateTimeException e) {
            Responses.badRequest();
            FormMessages.global(FacesMessage.SEVERITY_ERROR, words.say("rates.chooseMonth"));
            month = YearMonth.now();
        }
        refresh();
    }

    public void saveSeason() {
        seasonForm.setClosedArrivals(days(seasonClosedArrivals));
        seasonForm.setClosedDepartures(days(seasonClosedDepartures));
        save("season", () -> rates.saveSeason(current.scope(), seasonForm), words.say("rates.seasonSaved", seasonForm.getName()),
                () -> {
                    seasonForm = new SeasonForm();
                    seasonClosedArrivals = new ArrayList<>();
                    seasonClosedDepartures = new ArrayList<>();
                });
    }

    public void editSeason(long seasonId) {
        seasonForm = rates.getSeason(current.scope(), seasonId);
        seasonClosedArrivals = names(seasonForm.getClosedArrivals());
        seasonClosedDepartures = names(seasonForm.getClosedDepartures());
    }

    /** Ticked weekdays as the checkboxes send them (their names), for a form. */
    static List<DayOfWeek> days(List<String> names) {
        return names.stream().map(DayOfWeek::valueOf).toList();
    }

    /** A form's weekdays as the checkboxes tick them. */
    static List<String> names(Collection<DayOfWeek> days) {
        return days.stream().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void removeSeason(long seasonId) {
        rates.removeSeason(current.scope(), seasonId);
        refreshSaying(words.say("rates.seasonRemoved"));
    }

    public void saveWeekdayRate() {
        weekdayForm.setNights(days(weekdayNights));
        save("weekday", () -> rates.saveWeekdayRate(current.scope(), weekdayForm), words.say("rates.weekdaySaved", weekdayForm.getName()),
                () -> {
                    weekdayForm = new WeekdayRateForm();
                    weekdayNights = new ArrayList<>();
                });
    }

    public void editWeekdayRate(long rateId) {
        weekdayForm = rates.getWeekdayRate(current.scope(), rateId);
        weekdayNights = names(weekdayForm.getNights());
    }

    public void removeWeekdayRate(long rateId) {
        rates.removeWeekdayRate(current.scope(), rateId);
        refreshSaying(words.say("rates.weekdayRemoved"));
    }

    public void addDiscount() {
        save("discount", () -> rates.addDiscount(current.scope(), discountForm), words.say("rates.discountSaved"),
                () -> discountForm = new StayDiscountForm());
    }

    public void removeDiscount(long discountId) {
        rates.removeDiscount(current.scope(), discountId);
        refreshSaying(words.say("rates.discountRemoved"));
    }

    public void addCharge() {
        save("charge", () -> rates.addCharge(current.scope(), chargeForm), words.say("rates.chargeSaved", chargeForm.getName()),
                () -> chargeForm = new ChargeForm());
    }

    public void removeCharge(long chargeId) {
        rates.removeCharge(current.scope(), chargeId);
        refreshSaying(words.say("rates.chargeRemoved"));
    }

    /** Saves, and says so; or shows the service's refusal beside the fields of the form it names. */
    private void save(String formId, Runnable saving, String saved, Runnable clear) {
        try {
            saving.run();
            clear.run();
            refreshSaying(saved);
        } catch (InvalidRequestException e) {
            FormMessages.show(formId, e);
        }
    }

    private void refreshSaying(String text) {
        refresh();
        FormMessages.global(FacesMessage.SEVERITY_INFO, text);
    }

    private void refresh() {
        overview = rates.overview(current.scope());
        nights = rates.month(current.scope(), month);
    }

    /** Rooms' own prices as a line: {@code Sea Room €90.00, Garden Room €80.00}. */
    public String roomPrices(Map<Long, Money> prices) {
        return overview.rooms().stream().filter(room -> prices.containsKey(room.id()))
                .map(room -> room.title() + " " + prices.get(room.id()).formatted())
                .collect(Collectors.joining(", "));
    }

    public String weekdays(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, words.dateLocale()))
                .collect(Collectors.joining(", "));
    }

    public String kindLabel(ChargeKind kind) {
        return words.say("rates.kind." + kind.name());
    }

    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, words.dateLocale());
    }

    /** Each day of the month, for the month view's columns. */
    public List<Integer> getDays() {
        return IntStream.rangeClosed(1, month.lengthOfMonth()).boxed().toList();
    }

    public PricedNight night(RoomNights room, int day) {
        return room.nights().get(day - 1);
    }

    /** What resting on a night shows: its date and the rate that priced it. */
    public String nightTitle(RoomNights room, int day) {
        PricedNight night = night(room, day);
        return words.day(night.night()) + ": " + (night.rate() == null ? words.say("rates.usualPrice") : night.rate());
    }

    public String getMonthLabel() {
        return DateTimeFormatter.ofPattern(words.say("rates.monthPattern"), words.dateLocale()).format(month);
    }

    public String getPreviousMonth() {
        return month.minusMonths(1).toString();
    }

    public String getNextMonth() {
        return month.plusMonths(1).toString();
    }

    public List<DayOfWeek> getWeekdayChoices() {
        return Arrays.asList(DayOfWeek.values());
    }

    public ChargeKind[] getChargeKinds() {
        return ChargeKind.values();
    }

    public String getMonthParameter() {
        return monthParameter;
    }

    public void setMonthParameter(String monthParameter) {
        this.monthParameter = monthParameter;
    }

    public RatesOverview getOverview() {
        return overview;
    }

    public List<RoomNights> getNights() {
        return nights;
    }

    public SeasonForm getSeasonForm() {
        return seasonForm;
    }

    public List<String> getSeasonClosedArrivals() {
        return seasonClosedArrivals;
    }

    public void setSeasonClosedArrivals(List<String> seasonClosedArrivals) {
        this.seasonClosedArrivals = seasonClosedArrivals;
    }

    public List<String> getSeasonClosedDepartures() {
        return seasonClosedDepartures;
    }

    public void setSeasonClosedDepartures(List<String> seasonClosedDepartures) {
        this.seasonClosedDepartures = seasonClosedDepartures;
    }

    public WeekdayRateForm getWeekdayForm() {
        return weekdayForm;
    }

    public List<String> getWeekdayNights() {
        return weekdayNights;
    }

    public void setWeekdayNights(List<String> weekdayNights) {
        this.weekdayNights = weekdayNights;
    }

    public StayDiscountForm getDiscountForm() {
        return discountForm;
    }

    public ChargeForm getChargeForm() {
        return chargeForm;
    }
}
