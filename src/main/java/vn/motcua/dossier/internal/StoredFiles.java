package vn.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReusableDocuments;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.platform.Problems;

/**
 * The files a dossier takes (tệp đính kèm): only files the uploader attaches themselves, or files the
 * same dossier already holds (a supplement reusing a scan), and always with the name, type and size
 * recorded at upload. A page's hidden fields or an API body can name any checksum; what else they say
 * about the file is ignored. A file that does not exist and one uploaded by someone else get the same
 * refusal, so a checksum neither proves access nor reveals that a file exists. A component marked
 * reused takes its one file from the applicant's data store only ({@link ReusableDocuments}), which also
 * says whether it came from the national data store; an unmarked one is never counted as from there.
 */
@Component
class StoredFiles {

    static final String UNKNOWN = "files.unknown";
    static final String NOT_REUSABLE = "dossier.component.notReusable";

    private final Documents documents;
    private final ReusableDocuments store;

    StoredFiles(Documents documents, ReusableDocuments store) {
        this.documents = documents;
        this.store = store;
    }

    /**
     * The components of a new dossier with their files as recorded; a problem under
     * {@code {prefix}[i].file} for each component naming a file that is not {@code owner}'s upload, or,
     * marked reused, not exactly one file the data store lets {@code applicantId} reuse for it.
     */
    List<ComponentInput> resolve(String prefix, List<ComponentInput> components, FileOwner owner,
            String applicantId, Problems problems) {
        List<ComponentInput> resolved = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentInput c = components.get(i);
            String field = prefix + "[" + i + "].file";
            if (c.reused()) {
                resolved.add(reused(c, applicantId, field, problems));
                continue;
            }
            List<Optional<AttachedFile>> files = c.files().stream().map(f -> resolve(f, owner, Map.of())).toList();
            problems.when(files.stream().anyMatch(Optional::isEmpty), field, UNKNOWN);
            resolved.add(new ComponentInput(c.name(), c.originals(), c.copies(), c.submitted(), false, false,
                    files.stream().flatMap(Optional::stream).toList()));
        }
        return resolved;
    }

    private ComponentInput reused(ComponentInput c, String applicantId, String field, Problems problems) {
        Optional<ReusableDocuments.Reuse> reuse = c.files().size() != 1 || c.files().getFirst().sha256() == null
                || applicantId == null ? Optional.empty()
                : store.reusable(applicantId.strip(), c.name(), c.files().getFirst().sha256());
        problems.when(reuse.isEmpty(), field, NOT_REUSABLE, c.name());
        return new ComponentInput(c.name(), c.originals(), c.copies(), c.submitted(), reuse.isPresent(),
                reuse.map(ReusableDocuments.Reuse::fromNationalStore).orElse(false),
                reuse.map(r -> List.of(r.file())).orElse(List.of()));
    }

    /** The files as recorded; a problem under {@code {prefix}[i].file} for each one the owner cannot attach. */
    List<AttachedFile> resolveFiles(String prefix, List<AttachedFile> attached, FileOwner owner, Dossier dossier,
            Problems problems) {
        Map<String, AttachedFile> held = heldBy(dossier);
        List<AttachedFile> resolved = new ArrayList<>();
        for (int i = 0; i < attached.size(); i++) {
            Optional<AttachedFile> file = resolve(attached.get(i), owner, held);
            problems.when(file.isEmpty(), prefix + "[" + i + "].file", UNKNOWN);
            file.ifPresent(resolved::add);
        }
        return resolved;
    }

    /** The answers with their files as recorded; a problem under {@code answers[i].files[j].file} for each unknown one. */
    List<SupplementAnswer> resolveAnswers(List<SupplementAnswer> answers, FileOwner owner, Dossier dossier,
            Problems problems) {
        List<SupplementAnswer> resolved = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            SupplementAnswer a = answers.get(i);
            resolved.add(new SupplementAnswer(a.item(), a.originals(), a.copies(),
                    resolveFiles("answers[" + i + "].files", a.files(), owner, dossier, problems)));
        }
        return resolved;
    }

    private Optional<AttachedFile> resolve(AttachedFile named, FileOwner owner, Map<String, AttachedFile> held) {
        if (named == null || named.sha256() == null) {
            return Optional.empty();
        }
        // The owner's own upload first: the same bytes may already be in the dossier under another name
        // (a scanned decision handed back as the result), and the name the officer just gave them wins.
        Optional<AttachedFile> own = documents.attach(owner, named.sha256())
                .map(f -> new AttachedFile(f.sha256(), f.originalName(), f.mediaType(), f.size()));
        return own.isPresent() ? own : Optional.ofNullable(held.get(named.sha256()));
    }

    /** The files the dossier already holds, by checksum, as it recorded them. */
    private static Map<String, AttachedFile> heldBy(Dossier dossier) {
        if (dossier == null) {
            return Map.of();
        }
        DossierView view = dossier.view();
        return view.components().stream().flatMap(c -> c.files().stream())
                .collect(Collectors.toMap(AttachedFile::sha256, Function.identity(), (first, other) -> first));
    }
}
