package dev.bookspace.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The audit log records every change only if every service method that changes something calls
 * {@link AuditTrail#record}. This test makes that a decision nobody can skip: each public method of a
 * tenant service either reaches {@code AuditTrail.record} (through its own class's helpers, or through
 * another service's audited method), or is listed below as not a change, with the reason. A new
 * method that is neither fails the build.
 */
class AuditArchitectureTest {

    /** Public service methods that change nothing the audit log covers, each with why. */
    private static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("AuditLogService.list", "reads the log"),
            Map.entry("AuditLogService.count", "reads the log"),
            Map.entry("AuditLogService.listBefore", "reads the log"),
            Map.entry("AuditTrail.record", "is the log"),
            Map.entry("AvailabilityService.listAvailableItems", "reads"),
            Map.entry("CalendarExportService.calendar", "reads"),
            Map.entry("CalendarFeedService.feeds", "reads"),
            Map.entry("CalendarFeedService.overbookings", "reads"),
            Map.entry("CalendarFeedSync.target", "reads"),
            Map.entry("CalendarFeedSync.unchanged", "notes a fetch on the feed's health, not an organisation's data"),
            Map.entry("CalendarFeedSync.failed", "notes a fetch's failure on the feed's health (and mails the owner), "
                    + "not an organisation's data; nothing the feed blocked changes"),
            Map.entry("AvailabilityService.listUnavailableItems", "reads"),
            Map.entry("NightsService.listNights", "reads"),
            Map.entry("BookingDeskService.detail", "reads"),
            Map.entry("GuestChangeService.quote", "prices a change for the guest to confirm; changes nothing"),
            Map.entry("BookingDeskService.freeUnits", "lists the units a stay may move to; reads only"),
            Map.entry("GuestChangeService.quoteAtDesk", "prices a change for staff to confirm; changes nothing"),
            Map.entry("GuestChangeService.roomsForChangeAtDesk", "lists the rooms a change may move to; reads only"),
            Map.entry("BalanceService.balancesDue", "reads"),
            Map.entry("BalanceService.requestDueBalances", "mails guests the link to a balance already due; the booking's "
                    + "history says so, and the payment itself is audited when Stripe confirms it"),
            Map.entry("BalanceService.balanceCheckoutUrl", "opens a Stripe page for a balance already due; the payment is "
                    + "audited when Stripe confirms it"),
            Map.entry("BookingListService.listBookings", "reads"),
            Map.entry("BookingListService.listAfter", "reads"),
            Map.entry("BookingListService.countBookings", "reads"),
            Map.entry("BookingService.findForGuest", "reads"),
            Map.entry("CalendarService.calendar", "reads"),
            Map.entry("CatalogService.listItems", "reads"),
            Map.entry("LogoService.image", "reads"),
            Map.entry("SettingsService.getLogo", "reads"),
            Map.entry("CatalogService.findItem", "reads"),
            Map.entry("CatalogService.getOffer", "reads"),
            Map.entry("FrontDeskService.today", "reads"),
            Map.entry("GuestDataService.find", "reads"),
            Map.entry("GuestDataService.export", "reads"),
            Map.entry("HoldExpiryService.expireStaleHolds",
                    "writes its audit events in the same SQL statement as the expiry (HoldExpiryJobIT checks them)"),
            Map.entry("IdempotencyService.claim", "bookkeeping of an API request's retries, not an organisation's data"),
            Map.entry("IdempotencyService.answer", "bookkeeping of an API request's retries, not an organisation's data"),
            Map.entry("IdempotencyService.release", "bookkeeping of an API request's retries, not an organisation's data"),
            Map.entry("IdempotencyService.holdDuringBooking", "locks a key's row while its booking runs; changes nothing"),
            Map.entry("ApiKeyService.list", "reads"),
            Map.entry("OutlookService.outlook", "reads"),
            Map.entry("PublicBookingLimits.challengeFor", "counts public bookings per network, not an organisation's data"),
            Map.entry("PublicBookingLimits.admit", "counts public bookings per network, not an organisation's data"),
            Map.entry("QuoteService.quote", "reads"),
            Map.entry("QuoteService.quoteTogether", "reads"),
            Map.entry("RateService.rateCard", "reads"),
            Map.entry("RateService.overview", "reads"),
            Map.entry("RateService.month", "reads"),
            Map.entry("RateService.getSeason", "reads"),
            Map.entry("RateService.getWeekdayRate", "reads"),
            Map.entry("RoomBlockService.listUpcoming", "reads"),
            Map.entry("RoomBlockService.unitNames", "reads"),
            Map.entry("RoomService.listRooms", "reads"),
            Map.entry("RoomService.getRoom", "reads"),
            Map.entry("RoomService.isActive", "reads"),
            Map.entry("RoomService.listAddOns", "reads"),
            Map.entry("RoomPhotoService.photos", "reads"),
            Map.entry("RoomPhotoService.gallery", "reads"),
            Map.entry("RoomPhotoService.galleries", "reads"),
            Map.entry("RoomPhotoService.image", "reads"),
            Map.entry("SettingsService.getSettings", "reads"),
            Map.entry("SettingsService.getProperty", "reads"),
            Map.entry("SettingsService.getDefaultLanguage", "reads"),
            Map.entry("OnboardingService.checklist", "reads"),
            Map.entry("OnboardingService.mark", "notes the owner's progress through the getting-started list, "
                    + "not an organisation's data"),
            Map.entry("StaffService.listStaff", "reads"),
            Map.entry("StayRuleService.rules", "reads"),
            Map.entry("StayRuleService.breaches", "reads"),
            Map.entry("StayRuleService.requireTaken", "reads"),
            Map.entry("StayRuleService.getForm", "reads"),
            Map.entry("StayRuleService.firstStay", "reads"),
            Map.entry("StayRuleService.nearestStay", "reads"),
            Map.entry("WebhookQueue.fanOut", "queues deliveries of changes already recorded"),
            Map.entry("WebhookQueue.claimDue", "delivery bookkeeping"),
            Map.entry("WebhookQueue.record", "delivery bookkeeping: the outcome of sending a notice"),
            Map.entry("TwoFactorService.status", "reads"),
            Map.entry("TwoFactorService.enrolment", "reads"),
            Map.entry("TwoFactorService.beginEnrolment",
                    "a secret waiting for its first code changes nothing of how anyone signs in (confirmEnrolment records that)"),
            Map.entry("WebhookService.list", "reads"),
            Map.entry("WidgetService.allowedOrigins", "reads"),
            Map.entry("WebhookService.deliveries", "reads"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bookspace");

    @Test
    void everyServiceMethodThatChangesSomethingRecordsIt() {
        Set<String> unaccounted = new TreeSet<>();
        for (JavaMethod method : serviceMethods()) {
            if (!NOT_AUDITED.containsKey(name(method)) && !reachesAuditTrail(method, new HashSet<>())) {
                unaccounted.add(name(method));
            }
        }
        assertThat(unaccounted)
                .as("These service methods neither call AuditTrail.record nor are listed as not changing anything: "
                        + "record what they change, or list them in NOT_AUDITED with the reason")
                .isEmpty();
    }

    @Test
    void theListNamesOnlyMethodsThatExist() {
        Set<String> existing = new HashSet<>();
        serviceMethods().forEach(method -> existing.add(name(method)));
        assertThat(existing).containsAll(NOT_AUDITED.keySet());
    }

    private static Set<JavaMethod> serviceMethods() {
        Set<JavaMethod> methods = new HashSet<>();
        for (JavaClass service : CLASSES) {
            if (service.isAnnotatedWith(Stateless.class) && service.isAnnotatedWith(TenantScoped.class)) {
                service.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .forEach(methods::add);
            }
        }
        return methods;
    }

    /** Follows calls into the method's own class (helpers, lambdas) and into other services' audited methods. */
    private static boolean reachesAuditTrail(JavaMethod method, Set<JavaMethod> visited) {
        if (!visited.add(method)) {
            return false;
        }
        for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
            JavaClass owner = call.getTargetOwner();
            if (owner.isEquivalentTo(AuditTrail.class) && call.getName().equals("record")) {
                return true;
            }
            boolean followed = owner.equals(method.getOwner())
                    || (owner.isAnnotatedWith(Stateless.class) && owner.isAnnotatedWith(TenantScoped.class));
            if (followed && call.getTarget().resolveMember().map(target -> reachesAuditTrail(target, visited)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getSimpleName() + "." + method.getName();
    }
}
