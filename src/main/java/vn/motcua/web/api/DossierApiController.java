package vn.motcua.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.Fee;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.InboxPage;
import vn.motcua.dossier.InboxQuery;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.web.DossierActionInput;
import vn.motcua.web.Downloads;
import vn.motcua.web.HandlingOfficer;

/**
 * Dossiers for officers' own tools and other systems: counter reception, one dossier with what the
 * caller may do next, actions, inbox, search and the dossier's PDFs. HTTP Basic or an API token
 * (Bearer); an officer sees and acts on their own unit's dossiers only (others answer 404).
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Hồ sơ: reception, handling, inbox and documents "
        + "(officers, HTTP Basic or Authorization: Bearer with an API token)")
class DossierApiController {

    /**
     * A dossier with what the caller may do now and the documents it has.
     *
     * @param availableActions actions the caller may take now, to send to {@code /actions}
     * @param documents slugs of {@code /documents/{slug}.pdf}
     * @param results the result documents recorded when it was marked done ({@code /files/{sha256}})
     * @param fees its fees, charges and financial obligations
     * @param feesDueVnd what it owes in all, in đồng
     */
    record DossierJson(@JsonUnwrapped DossierView dossier, List<DossierAction> availableActions,
            List<String> documents, List<ResultDocument> results, List<Fee> fees, long feesDueVnd) {
    }

    private final DossierHandling handling;
    private final DossierQueries queries;
    private final ResultDocuments results;
    private final DossierFees fees;
    private final Downloads downloads;

    DossierApiController(DossierHandling handling, DossierQueries queries, ResultDocuments results, DossierFees fees,
            Downloads downloads) {
        this.handling = handling;
        this.queries = queries;
        this.results = results;
        this.fees = fees;
        this.downloads = downloads;
    }

    @PostMapping
    @Operation(summary = "Receive a dossier at the counter", description = "Tiếp nhận trực tiếp (or by post): "
            + "creates the dossier with its receipt and appointment. Files are uploaded first to /api/v1/files "
            + "by the caller and named here by sha256 ({\"sha256\": \"…\"}); their name, type and size are the "
            + "upload's, whatever else is sent. Reception officers of a centre or commune only.")
    ResponseEntity<DossierJson> receive(@AuthenticationPrincipal OfficerPrincipal officer,
            @RequestBody ReceptionJson body) {
        Actor actor = HandlingOfficer.of(officer);
        DossierView received = handling.receiveAtCounter(actor, body.toReception());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + received.code()))
                .body(json(actor, received));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One dossier", description = "Everything about the dossier, the actions the caller "
            + "may take now and the documents it has. 404 when it is not the caller's unit's.")
    DossierJson dossier(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code) {
        Actor actor = HandlingOfficer.of(officer);
        return json(actor, queries.get(actor, code));
    }

    @PostMapping("/{code}/actions")
    @Operation(summary = "Act on a dossier", description = "Body: {\"action\", \"version\"} (the lockVersion "
            + "read) and what the action needs: note; reasons (REFUSE, STOP); reason (WITHDRAW, SEND_BACK, "
            + "APOLOGISE); items [{component, name, reason}] (REQUEST_SUPPLEMENT: component is the position of the "
            + "dossier's component to correct or complete, or leave it out and name a new document); answers "
            + "[{item, originals, copies, files: [{sha256}]}] (SUPPLEMENT: one for every item of the open request, by "
            + "its position from 1; it fills the component the item names instead of adding one); assignee "
            + "(ASSIGN); toStep (SEND_BACK); amountVnd, description (REQUIRE_PAYMENT); newAppointment "
            + "(APOLOGISE, e.g. 2026-03-10T16:00); method (RETURN_RESULT); results [{sha256}] (MARK_DONE: the "
            + "result files the caller uploaded to /api/v1/files, named by the sha256 it answered; required when the "
            + "result is returned ELECTRONIC), each recorded as {code}-KQ{n}. A file named in answers or results must "
            + "be the caller's upload or already in this dossier, else 400 as if it did not exist; name, type and "
            + "size are always the upload's. 409 when the dossier changed since that version or the action is not "
            + "allowed now.")
    DossierJson act(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestBody DossierActionInput input) {
        Actor actor = HandlingOfficer.of(officer);
        queries.get(actor, code); // another unit's dossier is "not found" whatever the body says
        DossierAction action = input.parsedAction();
        return json(actor, handling.handle(actor, code, input.requiredVersion(), input.command(action)));
    }

    @GetMapping("/inbox")
    @Operation(summary = "The caller's inbox", description = "Their own (MINE) or their unit's (UNIT) dossiers, "
            + "by filter, status and procedure, soonest deadline first, with the count of every filter.")
    InboxPage inbox(@AuthenticationPrincipal OfficerPrincipal officer,
            @RequestParam(defaultValue = "UNIT") InboxQuery.Scope scope,
            @RequestParam(defaultValue = "ALL") InboxQuery.Filter filter,
            @RequestParam(required = false) DossierStatus status,
            @Parameter(description = "procedure code") @RequestParam(required = false) String procedure,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.inbox(HandlingOfficer.of(officer), new InboxQuery(scope, filter, status,
                procedure == null || procedure.isBlank() ? null : procedure.strip(), page, size));
    }

    @GetMapping
    @Operation(summary = "Search dossiers", description = "The caller's unit's dossiers by code (or its start), "
            + "applicant ID number or name.")
    List<DossierSummary> search(@AuthenticationPrincipal OfficerPrincipal officer,
            @RequestParam(defaultValue = "") String q) {
        return queries.search(HandlingOfficer.of(officer), q);
    }

    @GetMapping("/{code}/documents/{slug}.pdf")
    @Operation(summary = "A dossier's document as PDF", description = "slug: receipt, supplement-request, refusal, "
            + "apology, tracking-sheet; 404 when the dossier has none yet.")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @PathVariable String slug, Locale locale) {
        return downloads.pdf(HandlingOfficer.of(officer), code, slug, locale);
    }

    @GetMapping("/{code}/files/{sha256}")
    @Operation(summary = "A file attached to the dossier")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficerPrincipal officer,
            @PathVariable String code, @PathVariable String sha256) {
        return downloads.file(HandlingOfficer.of(officer), code, sha256);
    }

    private DossierJson json(Actor actor, DossierView view) {
        List<Fee> due = fees.of(view.code());
        return new DossierJson(view, queries.availableActions(actor, view),
                DossierDocumentKind.available(view).stream().map(DossierDocumentKind::slug).toList(),
                results.of(view), due, Fee.total(due));
    }
}
