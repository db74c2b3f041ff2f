package dev.bookspace.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API v3. The WAR's context root is {@code /api}, so resources live under {@code /api/v3}. */
@ApplicationPath("/v3")
public class ApiApplication extends Application {
}
