package dev.bookspace.operations;

import dev.bookspace.booking.BookingConflictException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns {@link Metered} calls into meters; it changes nothing about the call, its answer or its failure. It
 * serves every {@link Meter} (the binding's value is not binding), and reads which from the method or class.
 */
@Metered(Meter.BOOKING)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class MeteredInterceptor {

    @Inject
    private OperationsMetrics metrics;

    @AroundInvoke
    public Object measure(InvocationContext invocation) throws Exception {
        Metered metered = invocation.getMethod().getAnnotation(Metered.class);
        if (metered == null) {
            metered = invocation.getMethod().getDeclaringClass().getAnnotation(Metered.class);
        }
        return switch (metered.value()) {
            case BOOKING -> booking(invocation);
            case SEARCH -> search(invocation);
            case EXPIRED_HOLDS -> expiredHolds(invocation);
            case STRIPE_CALL -> stripeCall(invocation);
        };
    }

    private Object booking(InvocationContext invocation) throws Exception {
        try {
            Object made = invocation.proceed();
            metrics.bookingMade();
            return made;
        } catch (BookingConflictException lost) {
            metrics.bookingLostToConflict();
            throw lost;
        }
    }

    private Object expiredHolds(InvocationContext invocation) throws Exception {
        Object expired = invocation.proceed();
        if (expired instanceof Integer count) {
            metrics.holdsExpired(count);
        }
        return expired;
    }

    private Object stripeCall(InvocationContext invocation) throws Exception {
        long started = System.nanoTime();
        String outcome = "failure";
        try {
            Object answer = invocation.proceed();
            outcome = "success";
            return answer;
        } finally {
            metrics.stripeCall(invocation.getMethod().getName(), outcome, System.nanoTime() - started);
        }
    }

    private Object search(InvocationContext invocation) throws Exception {
        long started = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            metrics.search(System.nanoTime() - started);
        }
    }
}
