package vn.motcua.population;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.population.internal.ConnectionStore;

/**
 * Which procedures are connected to the population database (thủ tục kết nối CSDL dân cư, criterion 5.7):
 * a per-procedure setting an administrator sets, kept by procedure code so that it holds across versions.
 */
@Service
public class PopulationConnections {

    private final ConnectionStore store;
    private final Clock clock;

    PopulationConnections(ConnectionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The codes of the procedures connected now. */
    public Set<String> connectedProcedures() {
        return store.connected();
    }

    public boolean connected(String procedureCode) {
        return store.connected().contains(procedureCode);
    }

    /** Connects or disconnects the procedure; {@code by}: who decided, e.g. the administrator's username. */
    @Transactional
    public void set(String procedureCode, boolean connected, String by) {
        if (connected) {
            store.connect(procedureCode, by, clock.instant());
        } else {
            store.disconnect(procedureCode);
        }
    }
}
