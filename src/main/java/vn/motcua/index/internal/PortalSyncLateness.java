package vn.motcua.index.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.LossReason;
import vn.motcua.nationalportal.PortalSync;
import vn.motcua.organization.ProvinceCalendar;

/**
 * 1.4's losses (đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia đúng hạn), read live from the portal's
 * acknowledgements ({@link PortalSync#lateChanges}): a dossier counted in the window loses when a status
 * change made in the window (by the moment judged) was not acknowledged within the sync module's
 * {@code in-time} of being made, once that deadline passed: a change at the end of a closed period is
 * judged when its deadline comes, from what the portal really acknowledged. Live dossiers' facts count as
 * synced; the index takes these out.
 */
@Component
public class PortalSyncLateness {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A counted dossier whose change reached the portal late, and its first such change. */
    public record Late(DossierFacts dossier, PortalSync.LateChange change) {
    }

    private final PortalSync sync;
    private final DossierFactsStore facts;
    private final ProvinceCalendar calendar;

    PortalSyncLateness(PortalSync sync, DossierFactsStore facts, ProvinceCalendar calendar) {
        this.sync = sync;
        this.facts = facts;
        this.calendar = calendar;
    }

    /** The dossiers of the unit (null: all) counted in 1.4 for the window that lose it, by code. */
    public Map<String, Late> of(Window window, String unitOrNull) {
        ZoneId zone = zone();
        Map<String, PortalSync.LateChange> changes = sync.lateChanges(window.start().atZone(zone).toInstant(),
                window.asOf().atZone(zone).toInstant(), window.now().atZone(zone).toInstant());
        Map<String, Late> late = new LinkedHashMap<>();
        if (changes.isEmpty()) {
            return late;
        }
        for (DossierFacts dossier : facts.of(changes.keySet())) {
            if (dossier.syncedInTime() && DossierRules.handledIn(dossier, window)
                    && (unitOrNull == null || unitOrNull.equals(dossier.unit()))) {
                late.put(dossier.code(), new Late(dossier, changes.get(dossier.code())));
            }
        }
        return late;
    }

    /** Why: the change, its deadline, and when (if ever) the portal acknowledged it. */
    public LossReason reason(Late late) {
        PortalSync.LateChange change = late.change();
        return change.acknowledgedAt() == null
                ? LossReason.of("syncMissing", shown(change.changedAt()), change.statusCode(), shown(change.deadline()))
                : LossReason.of("syncLate", shown(change.changedAt()), change.statusCode(), shown(change.deadline()),
                        shown(change.acknowledgedAt()));
    }

    private String shown(Instant moment) {
        return SHOWN.format(LocalDateTime.ofInstant(moment, zone()));
    }

    private ZoneId zone() {
        return calendar.calendar().workingHours().zone();
    }
}
