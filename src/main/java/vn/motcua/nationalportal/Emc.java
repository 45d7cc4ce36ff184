package vn.motcua.nationalportal;

import java.util.List;
import java.util.Map;
import vn.motcua.nationalportal.NationalPortal.Answer;

/**
 * The EMC monitoring system (hệ thống EMC giám sát, INTEGRATION.md): one event per reception, processing,
 * assignment and return of a dossier, a JSON object with the fields {@code SiteId}, {@code CodeTTHC},
 * {@code MaHoSo}, {@code Status} (1 received, 2 processing, 3 returned, 4 assigned), {@code FormsReception}
 * (1 online, 2 in person), {@code FormsPayments} (0 none, 1 online, 2 in person), {@code Level} (0 in person
 * partial, 1 in person full, 3 online partial, 4 online full), {@code IsFromDVCQG}, {@code IsDVCBC} (1 when
 * sent by post), and {@code ThoiDiemXuLy} (when, {@code yyyyMMddHHmmss}), which makes two events of the same
 * kind distinct and a resent one the same. Answered as the portal answers ({@link Answer}).
 */
public interface Emc {

    /** At most this many events in one call. */
    int BATCH = NationalPortal.PROGRESS_BATCH;

    /** Sends events (at most {@link #BATCH}), in order. */
    Answer send(List<Map<String, Object>> events);
}
