package vn.motcua.result;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.Officer;
import vn.motcua.payment.DossierFees;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;

/**
 * The PDFs the applicant receives about a dossier (receipt, supplement request, refusal, apology,
 * tracking sheet), in Vietnamese or English, each with the dossier code as text and as a QR code
 * to its public tracking page.
 */
@Service
public class DossierDocuments {

    /** A rendered document. */
    public record Pdf(String fileName, byte[] content) {
    }

    private final DossierQueries queries;
    private final ApplicantDocuments renderer;
    private final UnitDirectory units;
    private final OfficerDirectory officers;
    private final DossierFees fees;
    private final String publicUrl;

    DossierDocuments(DossierQueries queries, ApplicantDocuments renderer, UnitDirectory units,
            OfficerDirectory officers, DossierFees fees,
            @Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
        this.queries = queries;
        this.fees = fees;
        this.renderer = renderer;
        this.units = units;
        this.officers = officers;
        this.publicUrl = publicUrl;
    }

    public Pdf render(Actor actor, String code, DossierDocumentKind kind, Locale locale) {
        DossierView d = queries.get(actor, code);
        if (!kind.existsFor(d)) {
            throw new NotFoundException("dossier.document.notYet", kind.slug(), code);
        }
        ApplicantDocument document = switch (kind) {
            case RECEIPT -> receipt(d);
            case SUPPLEMENT_REQUEST -> supplementRequest(d);
            case REFUSAL -> new Refusal(header(d, lastOf(d, DossierAction.REFUSE)), List.of(d.closingReason()));
            case APOLOGY -> new Apology(header(d, lastOf(d, DossierAction.APOLOGISE)), d.receivedAt(),
                    d.apology().previousAppointment(), d.apology().reason(), d.apology().newAppointment());
            case TRACKING_SHEET -> trackingSheet(d);
        };
        return new Pdf(renderer.fileName(document), renderer.render(document, locale));
    }

    private Receipt receipt(DossierView d) {
        TrackingEntry receivedBy = d.tracking().stream()
                .filter(t -> t.action() == DossierAction.RECEIVE_AT_COUNTER || t.action() == DossierAction.ACCEPT)
                .findFirst().orElseThrow();
        return new Receipt(header(d, receivedBy),
                d.components().stream().filter(DossierView.Component::submitted)
                        .map(c -> new Receipt.Component(c.name(), c.originals(), c.copies(), c.digitised())).toList(),
                fees.of(d.code()).stream().map(f -> new Receipt.Fee(f.name(), f.amountVnd())).toList(),
                d.receivedAt(), d.appointment(), Receipt.Channel.valueOf(d.channel().name()),
                Receipt.ReturnMethod.valueOf(d.returnMethod().name()));
    }

    private SupplementRequest supplementRequest(DossierView d) {
        DossierView.SupplementRound round = d.supplements().getLast();
        TrackingEntry requestedBy = lastOf(d, DossierAction.REQUEST_SUPPLEMENT);
        return new SupplementRequest(header(d, requestedBy),
                round.items().stream().map(i -> new SupplementRequest.Item(i.component(), i.name(), i.reason())).toList());
    }

    private TrackingSheet trackingSheet(DossierView d) {
        List<TrackingSheet.Entry> entries = d.tracking().stream()
                .filter(t -> t.stepName() != null)
                .map(t -> new TrackingSheet.Entry(t.stepName(), t.fromName(), t.toOfficer() == null
                        ? unitName(t.toUnit()) : officerName(t.toOfficer()), unitName(t.fromUnit()), t.at(),
                        t.stepDeadline(), t.outcome() == null ? null : TrackingSheet.Outcome.valueOf(t.outcome().name()),
                        t.onBehalfName(), t.handedOverName()))
                .toList();
        return new TrackingSheet(header(d, d.tracking().getLast()), d.receivedAt(), d.appointment(), entries);
    }

    private DocumentHeader header(DossierView d, TrackingEntry by) {
        String unit = by.fromUnit() == null ? d.receivingUnit() : by.fromUnit();
        String title = officers.find(by.fromOfficer()).map(Officer::title).orElse("");
        return new DocumentHeader(unitName(unit), d.code(), publicUrl + "/follow?code=" + d.code(), by.at(),
                new DocumentHeader.Officer(by.fromName(), title),
                new DocumentHeader.Applicant(d.applicant().name(), d.applicant().idNumber(), d.applicant().address(),
                        d.applicant().phone()),
                new DocumentHeader.Procedure(d.procedureCode(), d.procedureName()));
    }

    private static TrackingEntry lastOf(DossierView d, DossierAction action) {
        return d.tracking().reversed().stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    private String unitName(String identifier) {
        return identifier == null ? "" : units.find(identifier).map(u -> u.name()).orElse(identifier);
    }

    private String officerName(String username) {
        return officers.find(username).map(Officer::fullName).orElse(username);
    }
}
