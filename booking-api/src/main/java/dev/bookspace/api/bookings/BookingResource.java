package dev.bookspace.api.bookings;

import dev.bookspace.api.shared.AuthenticatedCaller;
import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.api.shared.OrganisationScopes;
import dev.bookspace.api.shared.Problem;
import dev.bookspace.api.shared.QueryValues;
import dev.bookspace.availability.StayRuleException;
import dev.bookspace.booking.BookingConflictException;
import dev.bookspace.booking.BookingDetail;
import dev.bookspace.booking.BookingDeskService;
import dev.bookspace.booking.BookingFilter;
import dev.bookspace.booking.BookingListService;
import dev.bookspace.booking.BookingRequest;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.GuestChangeService;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.booking.IllegalBookingChangeException;
import dev.bookspace.booking.RoomChange;
import dev.bookspace.integration.ApiBookingService;
import dev.bookspace.integration.ApiCaller;
import dev.bookspace.integration.ApiJson;
import dev.bookspace.integration.BookingJson;
import dev.bookspace.integration.IdempotencyService.Claim;
import dev.bookspace.integration.IdempotencyService;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.shared.Digests;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /api/v3/organisations/{organisation_id}/bookings}: take a booking exactly as the public page
 * does (a card hold with its Checkout URL, or pay on arrival), list them a page at a time, read one,
 * cancel one. Creating needs an
 * {@code Idempotency-Key}: the same key and body answer the first answer again, another body 422, a
 * twin still in flight 409.
 */
@Path("organisations/{organisation_id}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BookingResource {

    private static final Set<String> FIELDS = Stream.concat(StayFields.NAMES.stream(), Stream.of("guest", "language", "items"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CHANGE_FIELDS = Set.of("item_id", "items", "check_in", "checkout");
    private static final Set<String> CHANGE_ITEM_FIELDS = Set.of("item_id", "guests");
    private static final Set<String> GUEST_FIELDS = Set.of("name", "email", "phone", "notes", "terms_accepted");

    @Inject
    private OrganisationScopes scopes;

    @Inject
    private AuthenticatedCaller authenticated;

    @EJB
    private ApiBookingService apiBookings;

    @EJB
    private BookingDeskService desk;

    @EJB
    private IdempotencyService idempotency;

    @EJB
    private BookingListService bookingList;

    @EJB
    private GuestChangeService changes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("organisation_id") String organisationId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonObject body) {
        Scope scope = scopes.scopeFor(organisationId);
        ApiCaller caller = authenticated.get();
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw new InvalidRequestException("Idempotency-Key", "Send an Idempotency-Key header of 1 to 255 characters, "
                    + "unique per booking you mean to make (a UUID will do), and the same one when you retry.");
        }
        String requestHash = Digests.sha256Hex(String.valueOf(body));
        Claim claim = idempotency.claim(scope, caller.keyId(), idempotencyKey, requestHash);
        if (claim instanceof Claim.Replay replay) {
            return Response.status(replay.status())
                    .type(replay.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON_TYPE)
                    .entity(replay.body()).header("Idempotent-Replayed", "true").build();
        }
        if (claim instanceof Claim.Mismatch) {
            return new Problem("https://bookspace.dev/problems/idempotency-key-reused", "Unprocessable Content", 422,
                    "This Idempotency-Key was used with another request body; use a new key for a new booking.", null, null)
                    .toResponse();
        }
        if (claim instanceof Claim.InFlight) {
            return Problem.of(Response.Status.CONFLICT, "idempotency-key-in-flight",
                    "A request with this Idempotency-Key is still being answered; retry in a moment.").toResponse();
        }
        return answerOnce(scope, caller, idempotencyKey, body);
    }

    /** Books, and keeps the answer for the key's retries: a 201 with the booking, a refusal after its rollback. */
    private Response answerOnce(Scope scope, ApiCaller caller, String idempotencyKey, JsonObject body) {
        Problem refusal;
        try {
            String booked = apiBookings.book(scope, caller, idempotencyKey, request(body));
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(booked).build();
        } catch (BookingConflictException e) {
            refusal = Problem.of(Response.Status.CONFLICT, "room-taken", e.getMessage() + " Nothing was booked.");
        } catch (StayRuleException e) {
            refusal = Problem.of(e);
        } catch (InvalidRequestException e) {
            refusal = Problem.of(Response.Status.BAD_REQUEST, "invalid-request", e.getMessage()).withErrors(e.problems()
                    .stream().map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList());
        } catch (NotFoundException e) {
            refusal = Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage());
        } catch (RuntimeException e) {
            idempotency.release(scope, caller.keyId(), idempotencyKey);
            throw e;
        }
        String json = ApiJson.toJson(refusal);
        idempotency.answer(scope, caller.keyId(), idempotencyKey, refusal.status(), json);
        return Response.status(refusal.status()).type(Problem.MEDIA_TYPE).entity(json).build();
    }

    private static BookingRequest request(JsonObject body) {
        JsonBody fields = JsonBody.of(body, FIELDS);
        JsonBody guest = fields.object("guest", GUEST_FIELDS);
        GuestDetails details = new GuestDetails(guest.string("name", true), guest.string("email", true),
                guest.string("phone", false), guest.string("notes", false), guest.flag("terms_accepted"));
        // An integration that names no language leaves it to the organisation's default (null), as staff at the desk do.
        Language language = fields.language("language", null);
        if (fields.has("items")) {
            StayFields.Rooms rooms = StayFields.readItems(fields);
            return new BookingRequest(rooms.rooms(), rooms.stay(), details, language);
        }
        QuoteRequest stay = StayFields.read(fields);
        return new BookingRequest(stay.itemId(), stay.stay(), stay.guests(), stay.addOns(), details, language);
    }

    /**
     * Bookings oldest first, one entry each however many rooms, {@code limit} (1 to 200, default 50) a page,
     * narrowed by {@code status}, by stays overlapping {@code from}–{@code until} and by a room they hold
     * ({@code item_id}); {@code cursor} is the previous page's {@code next_cursor}.
     */
    @GET
    public BookingListJson list(@PathParam("organisation_id") String organisationId, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("until") String until, @QueryParam("item_id") String itemId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") String limit) {
        Scope scope = scopes.scopeFor(organisationId);
        BookingFilter filter = new BookingFilter(statusOf(status), null, QueryValues.date("from", from),
                QueryValues.date("until", until), QueryValues.id("item_id", itemId));
        return BookingListJson.of(bookingList.listAfter(scope, filter, cursor, QueryValues.number("limit", limit)));
    }

    private static BookingStatus statusOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return BookingStatus.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "status is one of unpaid, paid, complete, cancelled, expired.");
        }
    }

    @GET
    @Path("{reference}")
    public BookingJson get(@PathParam("organisation_id") String organisationId, @PathParam("reference") String reference) {
        return BookingJson.of(desk.detail(scopes.scopeFor(organisationId), reference), null);
    }

    /**
     * Cancels and frees the room, refunding a card payment as the booking's own copy of the cancellation policy
     * says (nothing for a booking made without one); the answer's {@code refunded} tells what went back.
     */
    @POST
    @Path("{reference}/cancel")
    public Response cancel(@PathParam("organisation_id") String organisationId, @PathParam("reference") String reference) {
        try {
            return Response.ok(BookingJson.of(desk.cancelByPolicy(scopes.scopeFor(organisationId), reference), null)).build();
        } catch (IllegalBookingChangeException e) {
            return Problem.of(Response.Status.CONFLICT, "booking-not-cancellable", e.getMessage()).toResponse();
        }
    }

    /**
     * Changes a booking's dates and/or rooms ({@code check_in}, {@code checkout}; {@code item_id} moves a booking of
     * one room to another room; {@code items[{item_id, guests}]} lists the rooms it is to hold: a room it holds and
     * lists again keeps its add-ons, a room it does not hold is added, a room it holds and does not list is taken
     * off), priced again as a new booking is. The answer's {@code balance_due} tells a dearer stay's difference, its
     * {@code refunded} what went back to the card for a cheaper one. Taken nights are a 409 ({@code room-taken}),
     * a booking that cannot be changed a 409 ({@code booking-not-changeable}), the stay rules a 422.
     */
    @POST
    @Path("{reference}/change")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("organisation_id") String organisationId, @PathParam("reference") String reference,
            JsonObject body) {
        Scope scope = scopes.scopeFor(organisationId);
        JsonBody fields = JsonBody.of(body, CHANGE_FIELDS);
        Long itemId = fields.optionalNumber("item_id");
        List<RoomChange> asked = fields.has("items") ? roomsAsked(fields) : null;
        LocalDate checkIn = fields.date("check_in");
        LocalDate checkout = fields.date("checkout");
        List<Long> held = desk.detail(scope, reference).rooms().stream().map(BookingDetail.Room::itemId).toList();
        if (itemId != null && asked != null) {
            fields.refuse("items", "Send item_id or items, not both.");
        } else if (itemId != null && held.size() > 1) {
            fields.refuse("item_id", "moves a booking of one room; list the rooms of a booking of several in items.");
        }
        fields.requireValid();
        List<RoomChange> rooms = asked != null ? RoomChange.pairedByRoom(held, asked)
                : itemId != null ? RoomChange.pairedByRoom(held, List.of(new RoomChange(null, itemId, null)))
                : held.stream().map(RoomChange::kept).toList();
        try {
            return Response.ok(BookingJson.of(changes.changeAtDesk(scope, reference, rooms, StayPeriod.of(checkIn, checkout),
                    false), null)).build();
        } catch (BookingConflictException e) {
            return Problem.of(Response.Status.CONFLICT, "room-taken", e.getMessage()).toResponse();
        } catch (IllegalBookingChangeException e) {
            return Problem.of(Response.Status.CONFLICT, "booking-not-changeable", e.getMessage()).toResponse();
        }
    }

    /** The rooms a change lists, {@code items[{item_id, guests}]}; a room's guests may be left out to keep them. */
    private static List<RoomChange> roomsAsked(JsonBody fields) {
        List<RoomChange> rooms = new ArrayList<>();
        for (JsonBody item : fields.objects("items", CHANGE_ITEM_FIELDS)) {
            Long itemId = item.number("item_id", null);
            Long guests = item.optionalNumber("guests");
            if (guests != null && guests < 1) {
                item.refuse("guests", "must be 1 or more.");
            }
            if (itemId != null) {
                rooms.add(new RoomChange(null, itemId, guests == null ? null : (int) Math.min(guests, Integer.MAX_VALUE)));
            }
        }
        if (rooms.isEmpty() && fields.has("items")) {
            fields.refuse("items", "must list at least one room.");
        }
        return rooms;
    }
}
