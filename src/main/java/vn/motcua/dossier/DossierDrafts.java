package vn.motcua.dossier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.internal.AccountLinkRepository;
import vn.motcua.dossier.internal.DraftRepository;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;

/**
 * Drafts of online submissions (hồ sơ nháp): started from the portal, saved after every page whether
 * the page was accepted or not, submitted once as a new dossier, forgotten {@link #LIFETIME} after
 * the last save. The draft id is the only key: the portal keeps it in the citizen's browser, so no
 * account and no session is needed to come back to it.
 */
@Service
@Transactional
public class DossierDrafts {

    /** How long a draft is kept after its last save. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 32;

    private final DraftRepository drafts;
    private final Catalog catalog;
    private final DossierHandling handling;
    private final AccountLinkRepository links;
    private final Documents documents;
    private final VneidVerifiedSubmissions vneid;
    private final Clock clock;

    DossierDrafts(DraftRepository drafts, Catalog catalog, DossierHandling handling, AccountLinkRepository links,
            Documents documents, VneidVerifiedSubmissions vneid, Clock clock) {
        this.vneid = vneid;
        this.drafts = drafts;
        this.documents = documents;
        this.links = links;
        this.catalog = catalog;
        this.handling = handling;
        this.clock = clock;
    }

    /**
     * A new, empty draft for a procedure in force that offers online submission. Starting one also
     * sweeps the expired drafts: the application runs no scheduler, and this keeps the table small.
     *
     * @throws NotFoundException when the procedure is unknown, retired or not offered online
     */
    public DossierDraft start(String procedureCode) {
        Procedure procedure = onlineProcedure(procedureCode);
        Instant now = clock.instant();
        drafts.deleteExpired(now);
        DossierDraft draft = new DossierDraft(newId(), procedure.code(),
                DraftAnswers.blank(procedure.content().components()), null, now, now.plus(LIFETIME));
        drafts.insert(draft);
        return draft;
    }

    /** The draft, unless unknown or expired, with its components matching the version in force. */
    @Transactional(readOnly = true)
    public Optional<DossierDraft> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return drafts.find(id, clock.instant()).map(this::current);
    }

    /**
     * Saves the answers as they are, valid or not, and keeps the draft {@link #LIFETIME} from now, with
     * the files it names (the sweep of abandoned uploads leaves them until the draft expires). A
     * submitted draft is left as it was submitted.
     */
    public DossierDraft save(DossierDraft draft, DraftAnswers answers) {
        if (draft.submitted()) {
            return draft;
        }
        DossierDraft saved = draft.with(answers, clock.instant());
        drafts.update(saved);
        FileOwner uploader = FileOwner.draft(saved.id());
        saved.answers().components().stream().map(DraftComponent::file).filter(Objects::nonNull)
                .forEach(file -> documents.holdUntil(uploader, file.sha256(), saved.expiresAt()));
        return saved;
    }

    /**
     * Submits the draft as a new dossier (status new) at the receiving unit chosen, and records its
     * code in the draft. Submitting a draft again returns it unchanged: a double click makes one dossier.
     *
     * @throws vn.motcua.platform.UserInputException when a section is incomplete or the dossier module
     *     refuses the submission
     * @throws NotFoundException when the draft is unknown or expired
     */
    public DossierDraft submit(String id) {
        return submit(id, null);
    }

    /**
     * Submits as {@link #submit(String)}, by a logged-in account ({@code account}, null for a visitor):
     * the dossier is then linked to it, proved by the submission itself, and flagged when the account's
     * identity is verified with VNeID ({@link VneidVerifiedSubmissions}).
     */
    public DossierDraft submit(String id, ApplicantAccount account) {
        DossierDraft draft = drafts.lock(id, clock.instant()).map(this::current)
                .orElseThrow(() -> new NotFoundException("draft.notFound"));
        if (draft.submitted()) {
            return draft;
        }
        DraftAnswers answers = draft.answers();
        Problems problems = new Problems();
        for (DraftSection section : DraftSection.values()) {
            answers.check(section, problems);
        }
        problems.throwIfAny();
        Procedure procedure = onlineProcedure(draft.procedureCode());
        DossierView dossier = handling.submitOnline(answers.actor(),
                answers.toSubmission(procedure.code(), procedure.content().components()), FileOwner.draft(id));
        DossierDraft submitted = draft.submittedAs(dossier.code(), clock.instant());
        if (account != null) {
            links.link(account.id(), dossier.code(), AccountLinkRepository.Proof.SUBMITTED, clock.instant());
            vneid.submittedBy(account, dossier.code(), clock.instant());
        }
        drafts.update(submitted);
        return submitted;
    }

    private DossierDraft current(DossierDraft draft) {
        if (draft.submitted()) {
            return draft;
        }
        return catalog.findInForce(draft.procedureCode())
                .map(p -> new DossierDraft(draft.id(), draft.procedureCode(),
                        draft.answers().matching(p.content().components()), null, draft.updatedAt(),
                        draft.expiresAt()))
                .orElse(draft);
    }

    private Procedure onlineProcedure(String code) {
        Procedure procedure = catalog.inForce(code);
        if (!procedure.offersOnline()) {
            throw new NotFoundException("draft.procedure.notOnline", code);
        }
        return procedure;
    }

    private static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
