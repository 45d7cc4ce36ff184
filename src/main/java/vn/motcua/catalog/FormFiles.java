package vn.motcua.catalog;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import vn.motcua.catalog.internal.FormFileStore;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.document.UploadRules;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * The files of a procedure's forms (mẫu đơn, tờ khai) that citizens download from the portal. An
 * administrator attaches them to the version in force, for the whole procedure or for one component;
 * the bytes go through the document store's checks (type from the bytes, name matching content) and
 * stay attached for good, so the sweep of abandoned uploads never removes them.
 */
@Service
@Transactional
public class FormFiles {

    /** PDF, DOC, DOCX and XLSX: what forms are published as, up to {@link InputLimits#FORM_FILE_MEGABYTES}. */
    public static final UploadRules RULES = new UploadRules(DataSize.ofMegabytes(InputLimits.FORM_FILE_MEGABYTES),
            List.of("application/pdf", "application/msword",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final Catalog catalog;
    private final FormFileStore store;
    private final Documents documents;
    private final Clock clock;

    FormFiles(Catalog catalog, FormFileStore store, Documents documents, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Attaches a form file to the version in force of {@code code}.
     *
     * @param component the index of the component whose form it is, blank for the whole procedure
     * @throws UserInputException when the component is not one of the version's or the file is refused
     */
    public FormFile attach(String code, String component, String originalName, long size, InputStream content,
            String username) {
        Procedure procedure = catalog.inForce(code);
        Integer index = componentIndex(procedure, component);
        InputLimits.line(new Problems(), "file", originalName, InputLimits.NAME).throwIfAny();
        FileOwner owner = FileOwner.officer(username);
        StoredFile stored = documents.accept("file", originalName, size, content, RULES, owner);
        documents.attach(owner, stored.sha256());
        return store.insert(procedure.versionId(), index, stored, username, clock.instant());
    }

    /** The form files of a version, the whole procedure's first. */
    @Transactional(readOnly = true)
    public List<FormFile> of(long versionId) {
        return store.ofVersion(versionId);
    }

    /** One form file of one version; {@link NotFoundException} when the version holds no such file. */
    @Transactional(readOnly = true)
    public FormFile get(String code, int version, long id) {
        return store.find(catalog.version(code, version).versionId(), id)
                .orElseThrow(() -> new NotFoundException("catalog.formFile.notFound", id));
    }

    /** Removes a form file from the version in force (its bytes stay in the store). */
    public void remove(String code, long id) {
        if (!store.delete(catalog.inForce(code).versionId(), id)) {
            throw new NotFoundException("catalog.formFile.notFound", id);
        }
    }

    private static Integer componentIndex(Procedure procedure, String component) {
        if (!StringUtils.hasText(component)) {
            return null;
        }
        String typed = component.strip();
        int count = procedure.content().components().size();
        if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) >= count) {
            throw new UserInputException("component", "catalog.formFile.component.invalid", typed);
        }
        return Integer.valueOf(typed);
    }
}
