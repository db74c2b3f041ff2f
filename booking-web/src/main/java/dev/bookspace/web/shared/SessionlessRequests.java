package dev.bookspace.web.shared;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionListener;
import io.undertow.server.session.SessionManager;
import io.undertow.server.session.SessionManagerStatistics;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionManagerFactory;
import io.undertow.util.AttachmentKey;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * Lets a request that has no session finish while the server stops gracefully. The web module is
 * distributable, and WildFly stops a distributable session manager as soon as the server is suspended
 * (SIGTERM), waiting only for requests that hold a session; a request in flight without one (a rooms page
 * waiting on the database) would then fail when Faces and Undertow ask for its session at the end, with
 * "Session manager was stopped". Asking a manager for the session of a request that names none, and made none,
 * can only answer nothing, so this answers it without asking. Registered as an Undertow servlet extension
 * (META-INF/services), wrapped around the manager WildFly made.
 */
public final class SessionlessRequests implements SessionManager {

    private static final AttachmentKey<Boolean> MADE_ONE = AttachmentKey.create(Boolean.class);

    private final SessionManager manager;

    private SessionlessRequests(SessionManager manager) {
        this.manager = manager;
    }

    /** The extension: every session manager of this web module is wrapped. */
    public static final class Extension implements ServletExtension {
        @Override
        public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
            SessionManagerFactory made = deployment.getSessionManagerFactory();
            if (made != null) {
                deployment.setSessionManagerFactory(info -> new SessionlessRequests(made.createSessionManager(info)));
            }
        }
    }

    @Override
    public Session getSession(HttpServerExchange exchange, SessionConfig config) {
        if (exchange != null && config != null && exchange.getAttachment(MADE_ONE) == null
                && config.findSessionId(exchange) == null) {
            return null;
        }
        return manager.getSession(exchange, config);
    }

    @Override
    public Session createSession(HttpServerExchange exchange, SessionConfig config) {
        Session made = manager.createSession(exchange, config);
        if (exchange != null) {
            exchange.putAttachment(MADE_ONE, Boolean.TRUE);
        }
        return made;
    }

    @Override
    public String getDeploymentName() {
        return manager.getDeploymentName();
    }

    @Override
    public void start() {
        manager.start();
    }

    @Override
    public void stop() {
        manager.stop();
    }

    @Override
    public Session getSession(String sessionId) {
        return manager.getSession(sessionId);
    }

    @Override
    public void registerSessionListener(SessionListener listener) {
        manager.registerSessionListener(listener);
    }

    @Override
    public void removeSessionListener(SessionListener listener) {
        manager.removeSessionListener(listener);
    }

    @Override
    public void setDefaultSessionTimeout(int timeout) {
        manager.setDefaultSessionTimeout(timeout);
    }

    @Override
    public Set<String> getTransientSessions() {
        return manager.getTransientSessions();
    }

    @Override
    public Set<String> getActiveSessions() {
        return manager.getActiveSessions();
    }

    @Override
    public Set<String> getAllSessions() {
        return manager.getAllSessions();
    }

    @Override
    public SessionManagerStatistics getStatistics() {
        return manager.getStatistics();
    }
}
