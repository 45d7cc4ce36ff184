package vn.motcua.result;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Party;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.internal.DocumentFormats;
import vn.motcua.platform.PdfRenderer;
import vn.motcua.result.internal.ResultDraftStore;
import vn.motcua.result.internal.ResultDrafting;

/**
 * Dự thảo kết quả: the specialist (or the leader) drafts the result of a dossier being processed, by
 * uploading a PDF or generating it from the procedure's result template with the dossier's data. The
 * draft gets its code and QR code at once; the leader signs it by approving (completing their step);
 * the clerk's "mark done" seals and issues it. The caller has already been allowed to see the dossier.
 */
@Service
public class ResultDrafts {

    private final ResultDraftStore store;
    private final ResultDrafting drafting;
    private final PdfRenderer renderer;
    private final Catalog catalog;
    private final UnitDirectory units;
    private final org.springframework.context.MessageSource messages;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    ResultDrafts(ResultDraftStore store, ResultDrafting drafting, PdfRenderer renderer, Catalog catalog,
            UnitDirectory units, org.springframework.context.MessageSource messages, java.time.Clock clock,
            vn.motcua.organization.ProvinceCalendar calendar) {
        this.zone = calendar.calendar().workingHours().zone();
        this.store = store;
        this.drafting = drafting;
        this.renderer = renderer;
        this.catalog = catalog;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** The drafts not yet issued, oldest first. */
    @Transactional(readOnly = true)
    public List<ResultDraft> pending(DossierView dossier) {
        return store.pending(dossier.code());
    }

    /** Whether {@code actor} may draft the result of this dossier now. */
    public boolean mayDraft(Actor actor, DossierView dossier) {
        return dossier.status() == DossierStatus.PROCESSING
                && (actor.party() == Party.SPECIALIST || actor.party() == Party.LEADER);
    }

    /**
     * A draft from a PDF the actor uploaded.
     *
     * @throws UserInputException when the dossier is not being processed, the actor may not draft, or the
     *     file is not a PDF
     */
    @Transactional
    public ResultDraft upload(Actor actor, DossierView dossier, AttachedFile upload) {
        requireMayDraft(actor, dossier);
        return drafting.draft(actor, dossier.code(), upload);
    }

    /** A draft generated from the procedure's result template with the dossier's data (Vietnamese font embedded). */
    @Transactional
    public ResultDraft generate(Actor actor, DossierView dossier) {
        requireMayDraft(actor, dossier);
        Locale vietnamese = Locale.forLanguageTag("vi");
        String document = catalog.version(dossier.procedureVersionId()).content().result().document();
        String unit = dossier.competentUnit() == null ? "" : units.find(dossier.competentUnit())
                .map(u -> u.name()).orElse(dossier.competentUnit());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        // The layout's head names the paper by its header, as for every other paper.
        DocumentHeader header = new DocumentHeader(unit, dossier.code(), "", now,
                new DocumentHeader.Officer(actor.fullName(), ""),
                new DocumentHeader.Applicant(dossier.applicant().name(), dossier.applicant().idNumber(),
                        dossier.applicant().address(), dossier.applicant().phone()),
                new DocumentHeader.Procedure(dossier.procedureCode(), dossier.procedureName()));
        byte[] pdf = renderer.render("result", Map.of("d", dossier, "header", header, "unitName", unit,
                "title", document == null || document.isBlank() ? dossier.procedureName() : document,
                "issuedAt", now, "fmt", DocumentFormats.of(messages, vietnamese)), vietnamese);
        return drafting.generated(actor, dossier.code(), pdf);
    }

    private void requireMayDraft(Actor actor, DossierView dossier) {
        if (!mayDraft(actor, dossier)) {
            throw new UserInputException("draft", "result.draft.notNow");
        }
    }
}
