package dev.bookspace.tenancy;

import dev.bookspace.operations.LogContext;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The second wall of DESIGN.md section 2: refuses a call whose first argument is not a
 * {@link Scope}, and sets EclipseLink's tenant on the transaction's EntityManager so that every
 * query, insert, update and delete of tenant-owned entities is filtered to the scope's organisation.
 *
 * <p>EclipseLink keeps one tenant per persistence context, and a JTA transaction has one persistence
 * context: switching organisation inside a transaction would answer from, or flush into, the wrong
 * tenant. The organisation is therefore bound to the transaction, a different one is refused, and
 * the tenant stays set until the commit.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantInterceptor implements Serializable {

    private static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;
    private static final String BOUND_ORGANISATION = TenantInterceptor.class.getName() + ".organisation";

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        Scope scope = scopeOf(invocation);
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new TenancyViolationException(describe(invocation)
                    + " runs without a transaction, so its tenant filter could not be bound.");
        }
        Object bound = transaction.getResource(BOUND_ORGANISATION);
        if (bound != null && !bound.equals(scope.organisationId())) {
            throw new TenancyViolationException(describe(invocation) + " was called for organisation "
                    + scope.organisationId() + " inside a transaction already bound to organisation " + bound + ".");
        }
        transaction.putResource(BOUND_ORGANISATION, scope.organisationId());
        entityManager.setProperty(TENANT_PROPERTY, scope.organisationId());
        // Nothing is restored afterwards: the tenant must stay set until the transaction commits,
        // because pending inserts take the tenant current at the commit's flush.
        // The log lines of the call name its organisation (a job's only for the call; a request's to its end).
        boolean leaveLogContext = LogContext.enterOrganisation(scope.organisationId());
        try {
            return invocation.proceed();
        } finally {
            if (leaveLogContext) {
                LogContext.leaveOrganisation();
            }
        }
    }

    private static Scope scopeOf(InvocationContext invocation) {
        Object[] arguments = invocation.getParameters();
        if (arguments.length == 0 || !(arguments[0] instanceof Scope scope)) {
            throw new TenancyViolationException(describe(invocation) + " must be called with a Scope first.");
        }
        return scope;
    }

    private static String describe(InvocationContext invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    }
}
