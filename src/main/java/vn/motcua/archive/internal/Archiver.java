package vn.motcua.archive.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.archive.ArchivedDossier;
import vn.motcua.archive.ArchivedFile;
import vn.motcua.archive.ArchivedFile.Kind;
import vn.motcua.archive.Retention;
import vn.motcua.archive.Retentions;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.result.DossierDocuments;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;

/**
 * Archives a closed dossier: holds its components' files and results in the document store under the
 * record's own owner ({@link #holder}), renders the papers it was given and its tracking sheet and keeps
 * them, computes its retention and writes its record and manifest, all in one transaction. Archiving a
 * dossier already archived does nothing, so a redelivered event is harmless; two at once wait for each other
 * (a lock per dossier) rather than both render and one fail.
 */
@Component
public class Archiver {

    private static final Logger LOG = LoggerFactory.getLogger(Archiver.class);
    private static final Actor ARCHIVE = Actor.system("archive", "Lưu trữ");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ArchiveStore store;
    private final DossierQueries dossiers;
    private final ResultDocuments results;
    private final DossierDocuments papers;
    private final Documents documents;
    private final Retentions retentions;
    private final Manifests manifests;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    Archiver(ArchiveStore store, DossierQueries dossiers, ResultDocuments results, DossierDocuments papers,
            Documents documents, Retentions retentions, Manifests manifests, ProvinceCalendar calendar, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.results = results;
        this.papers = papers;
        this.documents = documents;
        this.retentions = retentions;
        this.manifests = manifests;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The owner under which the document store holds an archived dossier's files. */
    public static FileOwner holder(String code) {
        return new FileOwner("archive:" + code);
    }

    @Transactional
    public void archive(String code, Instant closedAt) {
        store.lock(code);
        if (store.exists(code)) {
            return;
        }
        DossierView d = dossiers.find(code).orElseThrow(() -> new IllegalStateException("No dossier " + code));
        List<ArchivedFile> files = files(d);
        LocalDateTime closed = LocalDateTime.ofInstant(closedAt, calendar.calendar().workingHours().zone());
        Retention retention = retentions.of(d.procedureCode());
        ArchivedDossier record = new ArchivedDossier(d.code(), d.procedureCode(), d.procedureName(),
                d.receivingUnit(), d.competentUnit(), d.applicant().idNumber(), d.applicant().name(),
                d.status().name(), d.submittedAt(), closed, retention, retention.lastDay(closed.toLocalDate()),
                clock.instant(), ArchivedDossier.State.ARCHIVED, files, null);
        store.insert(withManifest(record, d));
    }

    private ArchivedDossier withManifest(ArchivedDossier r, DossierView d) {
        return new ArchivedDossier(r.code(), r.procedureCode(), r.procedureName(), r.receivingUnit(),
                r.competentUnit(), r.applicantIdNumber(), r.applicantName(), r.status(), r.submittedAt(),
                r.closedAt(), r.retention(), r.lastDay(), r.archivedAt(), r.state(), r.files(), manifests.write(r, d));
    }

    private List<ArchivedFile> files(DossierView d) {
        FileOwner holder = holder(d.code());
        List<ArchivedFile> files = new ArrayList<>();
        for (DossierView.Component component : d.components()) {
            component.files().forEach(f -> held(files, holder, Kind.COMPONENT, f));
        }
        for (ResultDocument result : results.of(d)) {
            held(files, holder, Kind.RESULT, result.file());
        }
        for (DossierDocumentKind kind : DossierDocumentKind.available(d)) {
            DossierDocuments.Pdf pdf = papers.render(ARCHIVE, d.code(), kind, VIETNAMESE);
            StoredFile kept = documents.keepMade(pdf.content(), pdf.fileName(), holder);
            files.add(new ArchivedFile(files.size() + 1,
                    kind == DossierDocumentKind.TRACKING_SHEET ? Kind.TRACKING_SHEET : Kind.PAPER,
                    kept.originalName(), kept.mediaType(), kept.size(), kept.sha256()));
        }
        return files;
    }

    /**
     * Holds a file the dossier names; one the store no longer has is still listed (from the dossier's record
     * of it), and said loudly: the export will fail on it rather than leave it out.
     */
    private void held(List<ArchivedFile> files, FileOwner holder, Kind kind, AttachedFile f) {
        if (documents.hold(holder, f.sha256()).isEmpty()) {
            LOG.error("Archiving {}: the document store has no file {} ({})", holder.key(), f.sha256(), f.originalName());
        }
        files.add(new ArchivedFile(files.size() + 1, kind, f.originalName(), f.mediaType(), f.size(), f.sha256()));
    }
}
