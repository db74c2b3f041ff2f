package dev.bookspace.integration;

import dev.bookspace.booking.BookingConfirmation;
import dev.bookspace.booking.BookingRequest;
import dev.bookspace.booking.BookingService;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Books for an API caller who holds a fresh {@link IdempotencyService} claim, and keeps the 201 for
 * the key in the booking's own transaction: a booking never stands without its answer, and one
 * commit fewer. A refusal rolls the booking back, so the caller keeps that answer afterwards. The key's row
 * stays locked while the booking runs, which is how a retry tells a booking in progress from one that died.
 */
@Stateless
@TenantScoped
public class ApiBookingService {

    private static final int CREATED = 201;

    @EJB
    private BookingService bookings;

    @EJB
    private IdempotencyService idempotency;

    /** Answers the booking as the API's JSON, already kept as the key's answer. */
    public String book(Scope scope, ApiCaller caller, String idempotencyKey, BookingRequest request) {
        idempotency.holdDuringBooking(scope, caller.keyId(), idempotencyKey);
        BookingConfirmation confirmation = bookings.book(scope, request, caller.keyName());
        String json = ApiJson.toJson(BookingJson.of(confirmation.detail(), confirmation.checkoutUrl()));
        idempotency.answer(scope, caller.keyId(), idempotencyKey, CREATED, json);
        return json;
    }
}
