package dev.bookspace.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The SQL statements EclipseLink sends while a piece of work runs on the calling thread, read from the
 * persistence unit's session events: in-container tests show with it that a list reads the database as
 * often for thirty rows as for three. One listener, added on first use and kept, since every transaction's
 * session copies the listeners its server session has when the transaction starts.
 */
@ApplicationScoped
public class SqlStatements {

    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    @PersistenceUnit(unitName = "booking")
    private EntityManagerFactory factory;

    private boolean listening;

    /** Runs the work and answers the statements it sent, in order. */
    public List<String> sentBy(Runnable work) {
        listen();
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            work.run();
        } finally {
            SENT.remove();
        }
        return sent;
    }

    private synchronized void listen() {
        if (!listening) {
            factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager()
                    .addListener(new SessionEventAdapter() {
                        @Override
                        public void postExecuteCall(SessionEvent event) {
                            List<String> sent = SENT.get();
                            if (sent != null) {
                                sent.add(String.valueOf(event.getCall()));
                            }
                        }
                    });
            listening = true;
        }
    }
}
