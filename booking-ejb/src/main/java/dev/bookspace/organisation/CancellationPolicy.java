package dev.bookspace.organisation;

import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.Wording;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a guest gets back when they cancel: a few tiers, each "cancelled at least N days before check-in,
 * P % of what was paid is refunded"; later than every tier, nothing. No tier at all is non-refundable.
 * Days are counted between the organisation's today (in its time zone) and the check-in date, so "7 days
 * before" holds until midnight where the rooms are, not where the server or the guest is.
 *
 * <p>A booking keeps the policy's {@link #code()} as it stood when it was made, so a later change of the
 * organisation's policy never changes what an existing booking gets back.
 *
 * @param tiers the most days first, each refunding no more than the one before it
 */
public record CancellationPolicy(List<Tier> tiers) implements Serializable {

    /** Enough for "free until a week before, then half": more tiers read as small print. */
    public static final int MAX_TIERS = 3;

    /** The longest notice a tier may ask for: a year and a day would outlast the booking horizon. */
    public static final int MAX_DAYS = 365;

    public static final CancellationPolicy NON_REFUNDABLE = new CancellationPolicy(List.of());

    private static final String NON_REFUNDABLE_CODE = "non-refundable";

    /**
     * @param daysBefore at least this many days between the organisation's today and check-in
     * @param refundPercent this share of what was paid comes back, 0 to 100
     */
    public record Tier(int daysBefore, int refundPercent) implements Serializable {
    }

    public CancellationPolicy {
        tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::daysBefore).reversed()).toList();
        refusal(tiers).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
    }

    /** Why these tiers make no policy, in the owner's words on the form's {@code cancellation} field, or empty when they do. */
    public static Optional<FieldProblem> refusal(List<Tier> tiers) {
        if (tiers.size() > MAX_TIERS) {
            return refused("A policy has at most " + MAX_TIERS + " steps.", "policy.tooManySteps", MAX_TIERS);
        }
        List<Tier> sorted = tiers.stream().sorted(Comparator.comparingInt(Tier::daysBefore).reversed()).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Tier tier = sorted.get(i);
            if (tier.daysBefore() < 0 || tier.daysBefore() > MAX_DAYS) {
                return refused("Days before check-in are 0 to " + MAX_DAYS + ".", "policy.days", MAX_DAYS);
            }
            if (tier.refundPercent() < 0 || tier.refundPercent() > 100) {
                return refused("A refund is 0 to 100 %.", "policy.percent");
            }
            if (i > 0 && sorted.get(i - 1).daysBefore() == tier.daysBefore()) {
                return refused("Two steps both start " + tier.daysBefore() + " days before check-in; give each its own day.",
                        "policy.sameDay", tier.daysBefore());
            }
            // A guest who cancels earlier never gets less back than one who cancels later.
            if (i > 0 && sorted.get(i - 1).refundPercent() < tier.refundPercent()) {
                return refused("Cancelling later cannot refund more: " + tier.refundPercent() + " % from "
                        + tier.daysBefore() + " days is more than " + sorted.get(i - 1).refundPercent() + " % from "
                        + sorted.get(i - 1).daysBefore() + " days.", "policy.laterRefundsMore", tier.refundPercent(),
                        tier.daysBefore(), sorted.get(i - 1).refundPercent(), sorted.get(i - 1).daysBefore());
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> refused(String sentence, String key, Object... arguments) {
        return Optional.of(new FieldProblem("cancellation", sentence).worded(key, arguments));
    }

    /** As stored, in {@code organisations.cancellation_policy} and each booking's copy: {@code 7:100,0:50}. */
    public String code() {
        if (tiers.isEmpty()) {
            return NON_REFUNDABLE_CODE;
        }
        return String.join(",", tiers.stream().map(tier -> tier.daysBefore() + ":" + tier.refundPercent()).toList());
    }

    /** The policy a stored code names, or empty for none (guests then cancel by asking the organisation). */
    public static Optional<CancellationPolicy> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (code.equals(NON_REFUNDABLE_CODE)) {
            return Optional.of(NON_REFUNDABLE);
        }
        List<Tier> tiers = new ArrayList<>();
        for (String tier : code.split(",")) {
            String[] parts = tier.split(":");
            tiers.add(new Tier(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        return Optional.of(new CancellationPolicy(tiers));
    }

    /** Days from the organisation's today to check-in: 0 on the day of arrival, negative once it has passed. */
    public static long daysBefore(LocalDate today, LocalDate checkIn) {
        return ChronoUnit.DAYS.between(today, checkIn);
    }

    /** The share of what was paid that comes back when cancelled on {@code today}; nothing once check-in has passed. */
    public int refundPercent(LocalDate today, LocalDate checkIn) {
        long days = daysBefore(today, checkIn);
        return tiers.stream().filter(tier -> days >= tier.daysBefore()).findFirst().map(Tier::refundPercent).orElse(0);
    }

    /**
     * What comes back of {@code paid} when cancelled on {@code today}: its percentage, rounded half-up to the
     * currency's minor unit (as every price line is), so 50 % of €0.05 is €0.03.
     */
    public Money refund(Money paid, LocalDate today, LocalDate checkIn) {
        return paid.percent(BigDecimal.valueOf(refundPercent(today, checkIn)));
    }

    /** The policy in plain words, one sentence a step, as the room page and the e-mails show it. */
    public List<String> sentences() {
        return sentences(Language.ENGLISH);
    }

    /** The same sentences in this language ({@code CancellationPolicy*.properties}), as a guest's mails give them. */
    public List<String> sentences(Language language) {
        Wording words = Wording.of("dev.bookspace.organisation.CancellationPolicy", language);
        if (tiers.isEmpty()) {
            return List.of(words.text("nonRefundable"));
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String when;
            if (i == 0) {
                when = tier.daysBefore() == 0 ? words.text("first.dayOfCheckIn")
                        : words.text("first.daysBefore", days(words, tier.daysBefore()));
            } else {
                int until = tiers.get(i - 1).daysBefore() - 1;
                when = tier.daysBefore() == 0 ? words.text("next.dayOfCheckIn")
                        : tier.daysBefore() == until ? words.text("next.daysBefore", days(words, until))
                        : words.text("next.range", tier.daysBefore(), days(words, until));
            }
            sentences.add(words.text("step", when, refundWords(words, tier.refundPercent())));
        }
        if (tiers.get(tiers.size() - 1).daysBefore() > 0) {
            sentences.add(words.text("laterNoRefund"));
        }
        return List.copyOf(sentences);
    }

    private static String days(Wording words, int days) {
        return words.text(days == 1 ? "day.one" : "day.other", days);
    }

    private static String refundWords(Wording words, int percent) {
        return switch (percent) {
            case 100 -> words.text("refund.full");
            case 0 -> words.text("refund.none");
            default -> words.text("refund.part", percent);
        };
    }
}
