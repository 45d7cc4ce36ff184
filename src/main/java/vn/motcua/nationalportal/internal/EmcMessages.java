package vn.motcua.nationalportal.internal;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.ProvinceCalendar;

/**
 * A status change in EMC's words (INTEGRATION.md, {@link vn.motcua.nationalportal.Emc}), for the changes EMC
 * monitors: reception (the receipt issued, at the counter or accepting an online dossier), assignment (a step
 * handed to an officer), processing (a step completed or sent back, the result marked ready) and return.
 * Other changes (a refusal, a supplement, a payment…) make no event.
 */
@Component
class EmcMessages {

    /** Status. */
    static final int RECEIVED = 1;
    static final int PROCESSING = 2;
    static final int RETURNED = 3;
    static final int ASSIGNED = 4;
    /** FormsReception. */
    private static final int ONLINE = 1;
    private static final int IN_PERSON = 2;
    /** FormsPayments: no fee, paid online, paid in person. */
    private static final int NO_PAYMENT = 0;
    private static final int PAID_ONLINE = 1;
    private static final int PAID_IN_PERSON = 2;

    private final EmcSettings settings;
    private final ProvinceCalendar calendar;

    EmcMessages(EmcSettings settings, ProvinceCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** EMC's Status for the change, empty when EMC does not monitor it. */
    static Optional<Integer> status(DossierStatusChanged change) {
        return switch (change.action()) {
            case RECEIVE_AT_COUNTER, ACCEPT -> Optional.of(RECEIVED);
            case ASSIGN -> Optional.of(ASSIGNED);
            case COMPLETE_STEP, SEND_BACK, MARK_DONE -> Optional.of(PROCESSING);
            case RETURN_RESULT -> Optional.of(RETURNED);
            default -> Optional.empty();
        };
    }

    /** The event of the change, empty when EMC does not monitor it. */
    Optional<Map<String, Object>> event(DossierStatusChanged change, DossierFacts.Facts facts) {
        return status(change).map(status -> {
            boolean online = change.channel() == Channel.ONLINE;
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("SiteId", settings.siteId());
            event.put("CodeTTHC", change.procedureCode());
            event.put("MaHoSo", change.code());
            event.put("Status", status);
            event.put("FormsReception", online ? ONLINE : IN_PERSON);
            event.put("FormsPayments", facts.fees().isEmpty() ? NO_PAYMENT
                    : facts.paidOnline() ? PAID_ONLINE : PAID_IN_PERSON);
            event.put("Level", level(online, facts.onlineLevel() == OnlineLevel.FULL));
            // The province takes dossiers at its own portal and counters: none comes from the national portal.
            event.put("IsFromDVCQG", 0);
            event.put("IsDVCBC", change.channel() == Channel.POST || facts.dossier()
                    .map(d -> d.returnMethod() == ReturnMethod.POST).orElse(false) ? 1 : 0);
            PortalMessages.put(event, "ThoiDiemXuLy",
                    LocalDateTime.ofInstant(change.occurredAt(), calendar.calendar().workingHours().zone()));
            return event;
        });
    }

    /** Level: 0 in person (partial procedure), 1 in person (full), 3 online partial, 4 online full. */
    private static int level(boolean online, boolean full) {
        return online ? (full ? 4 : 3) : (full ? 1 : 0);
    }
}
