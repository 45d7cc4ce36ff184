package vn.motcua.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.archive.DisposalRecord.Fate;
import vn.motcua.archive.DisposalRecord.FileFate;
import vn.motcua.archive.internal.ArchiveStore;
import vn.motcua.archive.internal.DisposalStore;
import vn.motcua.document.Documents;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.Officer;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Role;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * Tiêu huỷ hồ sơ hết thời hạn bảo quản: an officer (supervisor or administrator) proposes the disposal of a
 * dossier whose retention has passed; another person, an administrator, approves it. Only then are its files
 * erased, each one unless another dossier or record still needs the same bytes, and the audit record says
 * who proposed, who approved, when, and each file's hash and fate. The archived record stays, marked
 * disposed of, with its manifest: nothing disappears without a trace.
 */
@Service
@Transactional(readOnly = true)
public class Disposals {

    /** The most records the list of those due shows at once. */
    public static final int DUE_LIMIT = 200;

    private final ArchiveStore archive;
    private final DisposalStore disposals;
    private final DossierQueries dossiers;
    private final Documents documents;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    Disposals(ArchiveStore archive, DisposalStore disposals, DossierQueries dossiers, Documents documents,
            ProvinceCalendar calendar, Clock clock) {
        this.archive = archive;
        this.disposals = disposals;
        this.dossiers = dossiers;
        this.documents = documents;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Archived dossiers whose retention has passed, the longest overdue first, at most {@link #DUE_LIMIT}. */
    public List<ArchivedSummary> due() {
        return archive.due(today(), DUE_LIMIT);
    }

    public Optional<DisposalProposal> proposal(String code) {
        return disposals.proposal(code);
    }

    public Optional<DisposalRecord> audit(String code) {
        return disposals.audit(code);
    }

    /**
     * Proposes the disposal of an archived dossier.
     *
     * @throws ActionRefusedException when the officer may not propose, the retention has not passed, the
     *     dossier is disposed of already or a proposal is waiting
     * @throws vn.motcua.platform.UserInputException when the reason is missing or too long
     */
    @Transactional
    public DisposalProposal propose(Officer officer, String code, String reason) {
        Problems problems = new Problems().when(reason == null || reason.isBlank(), "reason", "archive.disposal.reasonRequired");
        InputLimits.multiline(problems, "reason", reason, InputLimits.REASON).throwIfAny();
        refuseUnless(officer.role() == Role.SUPERVISOR || officer.role() == Role.ADMINISTRATOR,
                "archive.disposal.proposerRole");
        requireDue(code);
        DisposalProposal proposal = new DisposalProposal(code, officer.username(), clock.instant(), reason.strip());
        refuseUnless(disposals.propose(proposal), "archive.disposal.alreadyProposed");
        return proposal;
    }

    /**
     * Approves a waiting proposal and carries it out: the record is marked disposed of, its files' rows erased
     * where nothing else needs them, and the audit written, in one transaction; the bytes go only once it has
     * committed (see {@link Documents#erase}), so a failure before then loses no file.
     *
     * @throws ActionRefusedException when the approver is not an administrator or is the proposer, nothing
     *     was proposed, or the retention has not passed
     */
    @Transactional
    public DisposalRecord approve(Officer administrator, String code) {
        refuseUnless(administrator.role() == Role.ADMINISTRATOR, "archive.disposal.approverRole");
        DisposalProposal proposal = disposals.proposalForUpdate(code)
                .orElseThrow(() -> new ActionRefusedException("archive.disposal.notProposed", code));
        refuseUnless(!proposal.proposedBy().equals(administrator.username()), "archive.disposal.sameOfficer");
        ArchivedDossier dossier = requireDue(code);
        refuseUnless(archive.markDisposed(code), "archive.disposal.alreadyDisposed");
        Instant now = clock.instant();
        DisposalRecord record = new DisposalRecord(code, proposal.proposedBy(), proposal.proposedAt(),
                proposal.reason(), administrator.username(), now, fates(dossier));
        disposals.record(record);
        return record;
    }

    private ArchivedDossier requireDue(String code) {
        ArchivedDossier dossier = archive.find(code)
                .orElseThrow(() -> new vn.motcua.platform.NotFoundException("archive.notFound", code));
        refuseUnless(dossier.state() == ArchivedDossier.State.ARCHIVED, "archive.disposal.alreadyDisposed");
        refuseUnless(dossier.retentionPassed(today()), dossier.retention().isPermanent()
                ? "archive.disposal.permanent" : "archive.disposal.notDue");
        return dossier;
    }

    /** Each distinct file once: two entries with the same bytes share one fate. */
    private List<FileFate> fates(ArchivedDossier dossier) {
        Map<String, Fate> decided = new LinkedHashMap<>();
        return dossier.files().stream().map(f -> new FileFate(f.sha256(), f.name(), f.size(),
                decided.computeIfAbsent(f.sha256(), sha256 -> fate(dossier.code(), sha256)))).toList();
    }

    private Fate fate(String code, String sha256) {
        boolean heldElsewhere = archive.heldByAnotherArchived(sha256, code) || dossiers.codesHoldingFile(sha256)
                .stream().anyMatch(other -> !other.equals(code) && !archive.disposed(other));
        if (heldElsewhere) {
            return Fate.KEPT_HELD_ELSEWHERE;
        }
        return documents.erase(sha256) ? Fate.ERASED : Fate.KEPT_REFERENCED;
    }

    private LocalDate today() {
        return calendar.now().toLocalDate();
    }

    private static void refuseUnless(boolean condition, String messageKey) {
        if (!condition) {
            throw new ActionRefusedException(messageKey);
        }
    }
}
