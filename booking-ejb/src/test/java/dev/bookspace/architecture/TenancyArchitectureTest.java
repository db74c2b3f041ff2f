package dev.bookspace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.bookspace.calendarsync.CalendarExportDirectory;
import dev.bookspace.identity.AccountService;
import dev.bookspace.identity.SignInAttempts;
import dev.bookspace.identity.SignInCodes;
import dev.bookspace.identity.SignInThrottle;
import dev.bookspace.integration.ApiKeyAuthenticator;
import dev.bookspace.identity.SignUpService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.payment.StripeWebhookIntake;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.Stateless;
import java.util.Set;

/** The first wall of DESIGN.md section 2, enforced by the build: a new service cannot forget its tenant. */
@AnalyzeClasses(packages = "dev.bookspace", importOptions = ImportOption.DoNotIncludeTests.class)
class TenancyArchitectureTest {

    /**
     * The few global services that run before a tenant is known. Each one must read only non-tenant
     * tables or make its own scope from a trusted source.
     */
    private static final Set<Class<?>> GLOBAL_SERVICES = Set.of(
            OrganisationDirectory.class, // finds the organisation of a public URL or API path
            StripeWebhookIntake.class, // makes a system scope only after verifying the organisation's signature
            SignUpService.class, // creates the organisation, so there is none to scope it to yet
            AccountService.class, // signs people in before their organisation is known; reads users only
            SignInThrottle.class, // judges a client address before anyone is known; reads no tenant table
            SignInAttempts.class, // counts an address's sign-in attempts before anyone is known; reads users only
            CalendarExportDirectory.class, // finds the organisation of a calendar feed's secret token; reads its id only
            SignInCodes.class, // the second step of a sign-in, before any session is signed in; reads users and their codes only
            ApiKeyAuthenticator.class // the presented key is what names the organisation; reads api_keys by hash only
    );

    @ArchTest
    static final ArchRule servicesAreTenantScoped = classes()
            .that().areAnnotatedWith(Stateless.class)
            .and().doNotBelongToAnyOf(GLOBAL_SERVICES.toArray(Class<?>[]::new))
            .should().beAnnotatedWith(TenantScoped.class);

    @ArchTest
    static final ArchRule publicServiceMethodsTakeAScopeFirst = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(TenantScoped.class)
            .and().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
            .and().haveModifier(JavaModifier.PUBLIC)
            .should(takeAScopeFirst());

    private static ArchCondition<JavaMethod> takeAScopeFirst() {
        return new ArchCondition<>("take a Scope as first parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean scopeFirst = !method.getRawParameterTypes().isEmpty()
                        && method.getRawParameterTypes().get(0).isEquivalentTo(Scope.class);
                events.add(new SimpleConditionEvent(method, scopeFirst,
                        method.getFullName() + (scopeFirst ? " takes" : " does not take") + " a Scope first"));
            }
        };
    }
}
