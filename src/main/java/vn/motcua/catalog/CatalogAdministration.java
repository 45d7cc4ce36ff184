package vn.motcua.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.internal.EFormStore;
import vn.motcua.catalog.internal.ProcedureFormReader;
import vn.motcua.catalog.internal.ProcedurePublishing;
import vn.motcua.catalog.internal.ProcedureStore;
import vn.motcua.platform.InputLimits;
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

    /** Longest e-form schema an administrator may save, as JSON text: the longest value any form may post. */
    public static final int MAX_EFORM_CHARS = InputLimits.ANY_VALUE;

    private final ProcedureFormReader reader;
    private final ProcedurePublishing publishing;
    private final ProcedureStore store;
    private final EFormStore eforms;
    private final Clock clock;

    CatalogAdministration(ProcedureFormReader reader, ProcedurePublishing publishing, ProcedureStore store,
            EFormStore eforms, Clock clock) {
        this.eforms = eforms;
        this.reader = reader;
        this.publishing = publishing;
        this.store = store;
        this.clock = clock;
    }

    /** Publishes a new procedure as version 1; refuses a code already in the catalog. */
    public Procedure create(ProcedureForm form) {
        Problems problems = limits(form);
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
        Problems problems = limits(form);
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

    /**
     * Offers online submission for the version in force although it publishes no online level, recording
     * who decided it and when (a version that publishes one offers it anyway). Refused when the version
     * does not list the online method at all.
     */
    public Procedure enableOnline(String code, String username) {
        Procedure procedure = inForce(code);
        if (!procedure.content().methods().contains(SubmissionMethod.ONLINE)) {
            throw new UserInputException(null, "catalog.online.methodMissing", code);
        }
        store.enableOnline(procedure.versionId(), new OnlineEnablement(username, clock.instant()));
        return store.byId(procedure.versionId()).orElseThrow();
    }

    /** Withdraws an administrator's offer of online submission from the version in force. */
    public Procedure withdrawOnline(String code) {
        Procedure procedure = inForce(code);
        store.enableOnline(procedure.versionId(), null);
        return store.byId(procedure.versionId()).orElseThrow();
    }

    /**
     * Replaces the e-form (biểu mẫu điện tử) of the version in force with the schema typed as JSON, at most
     * {@link #MAX_EFORM_CHARS} characters; blank text removes it. Drafts already begun keep the values typed
     * for the fields still there.
     *
     * @throws UserInputException with every fault of the schema, in Vietnamese, under the field {@code schema}
     */
    public Optional<EForm> saveEForm(String code, String text) {
        Procedure procedure = inForce(code);
        if (text == null || text.isBlank()) {
            eforms.save(procedure.versionId(), null);
            return Optional.empty();
        }
        if (text.length() > MAX_EFORM_CHARS) {
            throw new UserInputException("schema", "limits.text.tooLong", MAX_EFORM_CHARS);
        }
        EForm form = eforms.parse(text).orElseThrow(() -> new UserInputException("schema", "eform.schema.json"));
        Problems problems = new Problems();
        form.check(procedure.content().components().stream().map(DossierComponent::name).toList(), problems);
        problems.throwIfAny();
        eforms.save(procedure.versionId(), form);
        return Optional.of(form);
    }

    private Procedure inForce(String code) {
        return store.inForce(code).orElseThrow(() -> new NotFoundException("catalog.procedure.notInForce", code));
    }

    /**
     * Every text and list of the form within {@link InputLimits} (README "Input limits"), so that a procedure
     * page, and the receipt of each of its dossiers, stays cheap to draw; fees up to
     * {@link InputLimits#MAX_AMOUNT_VND} each, so that their sum over a dossier cannot overflow.
     */
    private static Problems limits(ProcedureForm form) {
        Problems problems = new Problems();
        InputLimits.line(problems, "name", form.name(), InputLimits.TITLE);
        InputLimits.line(problems, "field", form.field(), InputLimits.TITLE);
        InputLimits.line(problems, "agency", form.agency(), InputLimits.TITLE);
        InputLimits.line(problems, "resultDocument", form.resultDocument(), InputLimits.TITLE);
        InputLimits.line(problems, "decisionNumber", form.decisionNumber(), InputLimits.NAME);
        InputLimits.multiline(problems, "steps", form.steps(), InputLimits.LONG_TEXT);
        InputLimits.multiline(problems, "legalBasis", form.legalBasis(), InputLimits.LONG_TEXT);
        InputLimits.multiline(problems, "timeLimitNote", form.timeLimitNote(), InputLimits.REASON);
        InputLimits.multiline(problems, "source", form.source(), InputLimits.REASON);
        for (var list : Map.of("components", form.components(), "fees", form.fees(), "process",
                form.process(), "methods", form.methods(), "applicants", form.applicants(), "units", form.units())
                .entrySet()) {
            InputLimits.list(problems, list.getKey(), list.getValue(), InputLimits.LIST + ProcedureForm.BLANK_ROWS);
        }
        rows(problems, "components", form.components(), r -> Map.of("name", text(r.name()), "formTemplate",
                text(r.formTemplate())));
        rows(problems, "fees", form.fees(), r -> Map.of("name", text(r.name()), "note", text(r.note())));
        rows(problems, "process", form.process(), r -> Map.of("name", text(r.name())));
        for (int i = 0; i < form.fees().size(); i++) {
            Long amount = amount(form.fees().get(i).amount());
            problems.when(amount != null && amount > InputLimits.MAX_AMOUNT_VND, "fees[" + i + "].amount",
                    "limits.amount", InputLimits.MAX_AMOUNT_VND);
        }
        return problems;
    }

    /** The texts of each row (field → value), each a title at most. */
    private static <T> void rows(Problems problems, String part, List<T> rows, Function<T, Map<String, String>> texts) {
        for (int i = 0; i < rows.size() && i < InputLimits.LIST + ProcedureForm.BLANK_ROWS; i++) {
            String row = part + "[" + i + "].";
            texts.apply(rows.get(i)).forEach((field, text) -> InputLimits.line(problems, row + field, text,
                    InputLimits.TITLE));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** An amount as typed (50.000 or 50,000 đồng); what is not one is refused by the form reader. */
    private static Long amount(String text) {
        String digits = text == null ? "" : text.replaceAll("[.,\\s]", "");
        return digits.matches("\\d{1,15}") ? Long.valueOf(digits) : null;
    }
}
