package vn.motcua.catalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.internal.ProcedureFormReader;
import vn.motcua.catalog.internal.ProcedurePublishing;
import vn.motcua.catalog.internal.ProcedureStore;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Changes to the catalog (quản trị danh mục thủ tục hành chính): a new procedure, a new version under
 * a new announcement decision, retirement. Each publishes {@link ProcedurePublished} or
 * {@link ProcedureRetired}.
 */
@Service
@Transactional
public class CatalogAdministration {

    private final ProcedureFormReader reader;
    private final ProcedurePublishing publishing;
    private final ProcedureStore store;

    CatalogAdministration(ProcedureFormReader reader, ProcedurePublishing publishing, ProcedureStore store) {
        this.reader = reader;
        this.publishing = publishing;
        this.store = store;
    }

    /** Publishes a new procedure as version 1; refuses a code already in the catalog. */
    public Procedure create(ProcedureForm form) {
        Problems problems = new Problems();
        String code = form.code() == null ? "" : form.code().strip();
        problems.when(store.exists(code), "code", "catalog.code.exists", code);
        return publishing.publish(reader.read(form, problems));
    }

    /**
     * Publishes a new version of {@code code} (a retired procedure is published again); the form's code
     * is ignored and the decision must be another than the current version's.
     */
    public Procedure revise(String code, ProcedureForm form) {
        Procedure current = store.latest(code).orElseThrow(() -> new NotFoundException("catalog.procedure.notFound", code));
        Problems problems = new Problems();
        String number = form.decisionNumber() == null ? "" : form.decisionNumber().strip();
        problems.when(number.equalsIgnoreCase(current.content().decision().number()), "decisionNumber",
                "catalog.decisionNumber.notNew", number);
        return publishing.publish(reader.read(form.withCode(code), problems));
    }

    /** Retires (bãi bỏ) the procedure: its version in force ends, it leaves the search, its history stays. */
    public void retire(String code) {
        if (!store.exists(code)) {
            throw new NotFoundException("catalog.procedure.notFound", code);
        }
        if (!publishing.retire(code)) {
            throw new UserInputException(null, "catalog.procedure.alreadyRetired", code);
        }
    }
}
