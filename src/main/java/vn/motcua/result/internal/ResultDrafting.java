package vn.motcua.result.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.result.ResultDraft;

/** Numbers a draft, places its code and QR code on the page and keeps it. */
@Component
public class ResultDrafting {

    private final ResultDraftStore store;
    private final ResultSealing sealing;
    private final Clock clock;
    private final ZoneId zone;

    ResultDrafting(ResultDraftStore store, ResultSealing sealing, Clock clock, ProvinceCalendar calendar) {
        this.store = store;
        this.sealing = sealing;
        this.clock = clock;
        this.zone = calendar.calendar().workingHours().zone();
    }

    public ResultDraft draft(Actor actor, String dossierCode, AttachedFile upload) {
        int seq = store.next(dossierCode);
        String code = dossierCode + "-KQ" + seq;
        return keep(actor, dossierCode, seq, sealing.stamped(code, upload));
    }

    public ResultDraft generated(Actor actor, String dossierCode, byte[] pdf) {
        int seq = store.next(dossierCode);
        String code = dossierCode + "-KQ" + seq;
        return keep(actor, dossierCode, seq, sealing.stamped(code, pdf, code + ".pdf"));
    }

    private ResultDraft keep(Actor actor, String dossierCode, int seq, AttachedFile stamped) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        store.insert(dossierCode, seq, stamped, actor.username(), now);
        return new ResultDraft(dossierCode + "-KQ" + seq, stamped, actor.username(), now, null, null);
    }
}
