package dev.bookspace.web.dashboard;

/**
 * What every dashboard page shows around its content, made once per request by the pipeline: the
 * organisation's name, the symbol of its currency (beside every price field), and whether this user keeps
 * the menu closed.
 */
public record DashboardUi(String organisationName, String currencySymbol, boolean sidebarCollapsed) {

    /** The request attribute pages read it from, {@code #{dashboardUi}}. */
    static final String ATTRIBUTE = "dashboardUi";
}
