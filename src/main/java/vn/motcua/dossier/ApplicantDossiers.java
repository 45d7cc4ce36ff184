package vn.motcua.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.AccountLinkRepository;
import vn.motcua.dossier.internal.InboxRepository;
import vn.motcua.organization.UnitDirectory;

/**
 * The portal's reading of dossiers (tra cứu hồ sơ): one dossier in the applicant's terms, for whoever
 * typed its code with its applicant's ID number (số định danh or mã số thuế), and an account's dossiers
 * (hồ sơ của tôi). An account sees only the dossiers it has proved its link to: submitted while logged
 * in, linked by code and ID number, or carrying the ID number of its verified identity. The ID number an
 * account typed at registration proves nothing. A code with another ID number, or unlinked, is "not
 * found", exactly like an unknown code.
 */
@Service
@Transactional(readOnly = true)
public class ApplicantDossiers {

    /** More than anyone follows at once; the list is newest first. */
    static final int LIST_LIMIT = 100;

    private final DossierQueries queries;
    private final InboxRepository inbox;
    private final UnitDirectory units;
    private final AccountLinkRepository links;
    private final Clock clock;

    ApplicantDossiers(DossierQueries queries, InboxRepository inbox, UnitDirectory units,
            AccountLinkRepository links, Clock clock) {
        this.queries = queries;
        this.inbox = inbox;
        this.units = units;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The account's dossiers, newest first.
     *
     * @param verifiedIdNumber the ID number its verified identity carries, null when it has none
     */
    public List<DossierSummary> of(long account, String verifiedIdNumber) {
        return inbox.ofAccount(account, verifiedIdNumber, LIST_LIMIT);
    }

    /**
     * The applicant ID number under which the account may read and act on the dossier, empty when it has
     * no proved link (the same as an unknown code).
     */
    public Optional<String> applicantIdNumber(long account, String verifiedIdNumber, String code) {
        return links.applicantIdNumber(account, verifiedIdNumber, code);
    }

    /**
     * Liên kết hồ sơ: links the account to the dossier once its code and applicant ID number match,
     * the same proof as following it.
     *
     * @throws vn.motcua.platform.NotFoundException when there is no such code for this ID number
     */
    @Transactional
    public void link(long account, String idNumber, String code) {
        queries.get(Actor.applicant(idNumber, null), code);
        links.link(account, code, AccountLinkRepository.Proof.CODE_AND_ID, clock.instant());
    }

    /**
     * @throws vn.motcua.platform.NotFoundException when there is no such code for this ID number
     */
    public ApplicantDossier view(String idNumber, String code) {
        Actor applicant = Actor.applicant(idNumber, null);
        DossierView d = queries.get(applicant, code);
        return new ApplicantDossier(d.code(), d.lockVersion(), d.procedureCode(), d.procedureName(),
                d.applicant().name(), d.status(), d.competentUnit(), unitName(d.competentUnit()), d.submittedAt(),
                d.receivedAt(), d.appointment(), d.returnedAt(), d.closingReason(), supplementAsked(d),
                timeline(d),
                DossierDocumentKind.available(d), queries.availableActions(applicant, d));
    }

    private static List<SupplementItem> supplementAsked(DossierView d) {
        return d.status() == DossierStatus.SUPPLEMENT_REQUESTED ? d.supplements().getLast().items() : List.of();
    }

    private List<ApplicantDossier.Milestone> timeline(DossierView d) {
        List<ApplicantDossier.Milestone> told = new ArrayList<>();
        String holder = null;
        for (TrackingEntry t : d.tracking()) {
            ApplicantDossier.Kind kind = kindOf(t.action());
            // A hand-over inside the unit already named is the unit's own business.
            boolean sameUnit = kind == ApplicantDossier.Kind.IN_HANDLING && t.toUnit() != null
                    && t.toUnit().equals(holder);
            if (t.toUnit() != null) {
                holder = t.toUnit();
            }
            if (kind != null && !sameUnit) {
                told.add(new ApplicantDossier.Milestone(t.at(), kind,
                        kind == ApplicantDossier.Kind.IN_HANDLING ? unitName(t.toUnit()) : null, publicNote(d, kind)));
            }
        }
        return told;
    }

    private static ApplicantDossier.Kind kindOf(DossierAction action) {
        return switch (action) {
            case SUBMIT_ONLINE -> ApplicantDossier.Kind.SUBMITTED;
            case RECEIVE_AT_COUNTER, ACCEPT -> ApplicantDossier.Kind.RECEIVED;
            case COMPLETE_STEP -> ApplicantDossier.Kind.IN_HANDLING;
            case REQUEST_SUPPLEMENT -> ApplicantDossier.Kind.SUPPLEMENT_REQUESTED;
            case SUPPLEMENT -> ApplicantDossier.Kind.SUPPLEMENTED;
            case REQUIRE_PAYMENT -> ApplicantDossier.Kind.PAYMENT_REQUIRED;
            case RECORD_PAYMENT -> ApplicantDossier.Kind.PAID;
            case APOLOGISE -> ApplicantDossier.Kind.DELAYED;
            case MARK_DONE -> ApplicantDossier.Kind.RESULT_READY;
            case RETURN_RESULT -> ApplicantDossier.Kind.RETURNED;
            case REFUSE -> ApplicantDossier.Kind.REFUSED;
            case WITHDRAW -> ApplicantDossier.Kind.WITHDRAWN;
            case STOP -> ApplicantDossier.Kind.STOPPED;
            case ASSIGN, SEND_BACK -> null;
        };
    }

    /** Only what is addressed to the applicant: the reasons of a closing, the apology's reason. */
    private static String publicNote(DossierView d, ApplicantDossier.Kind kind) {
        return switch (kind) {
            case REFUSED, WITHDRAWN, STOPPED -> d.closingReason();
            case DELAYED -> d.apology() == null ? null : d.apology().reason();
            default -> null;
        };
    }

    private String unitName(String identifier) {
        return identifier == null ? null : units.find(identifier).map(u -> u.name()).orElse(identifier);
    }
}
