package vn.motcua.eform;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.EForm;
import vn.motcua.catalog.Procedure;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.eform.internal.FieldRules;
import vn.motcua.eform.internal.FilledFormRepository;
import vn.motcua.eform.internal.Prefill;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.platform.PdfRenderer;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Filling a procedure's e-form (biểu mẫu điện tử) for a portal draft: opened with what the national sources
 * say for a VNeID-verified account, answered a section at a time, checked on the server, and finished as the
 * declaration's PDF, which the draft then carries as the component the e-form replaces.
 */
@Service
// A refused section is saved as typed all the same, so that the page shows it again.
@Transactional(noRollbackFor = UserInputException.class)
public class EForms {

    /** How long an unsubmitted form is kept after its last change: as long as its draft. */
    static final Duration KEPT = Duration.ofDays(30);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The declaration's language, whatever the page's. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FilledFormRepository forms;
    private final Prefill prefill;
    private final PdfRenderer pdf;
    private final Documents documents;
    private final JsonMapper json;
    private final Clock clock;

    EForms(FilledFormRepository forms, Prefill prefill, PdfRenderer pdf, Documents documents, JsonMapper json,
            Clock clock) {
        this.forms = forms;
        this.prefill = prefill;
        this.pdf = pdf;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The draft's form, begun if new. A VNeID-verified {@code account} (null for a visitor) has its values
     * prefilled once per draft, over what was typed before it logged in; any other account, nothing.
     */
    public FilledForm open(String draftId, Procedure procedure, EForm form, ApplicantAccount account) {
        Optional<FilledForm> existing = forms.byDraft(draftId);
        if (existing.isEmpty()) {
            forms.deleteAbandoned(clock.instant().minus(KEPT));
        }
        FilledForm current = existing.orElseGet(() -> new FilledForm(draftId, procedure.versionId(), Map.of(),
                Map.of(), null, null));
        if (current.dossierCode() != null) {
            return current;
        }
        boolean mayPrefill = account != null && account.verified() && forms.prefilledFor(draftId).isEmpty();
        if (!mayPrefill) {
            if (existing.isEmpty()) {
                forms.save(current, null, clock.instant());
            }
            return current;
        }
        Prefill.Found found = prefill.of(form, account, procedure.code());
        Map<String, String> values = new HashMap<>(current.values());
        values.putAll(found.values());
        Map<String, EForm.Source> sources = new HashMap<>(current.prefilled());
        sources.putAll(found.sources());
        FilledForm opened = new FilledForm(draftId, procedure.versionId(), values, sources, null, null);
        forms.save(opened, account.id(), clock.instant());
        return opened;
    }

    /**
     * Saves a section as posted, then checks it. A locked prefilled value (the schema does not let it change)
     * is kept whatever was posted for it; a value posted for a field of another section is ignored.
     * Any change unfinishes the form: its PDF is made again on the last section.
     *
     * @param section 0-based index of the section
     * @throws UserInputException listing every problem of the section; what was typed is kept
     */
    public FilledForm answer(FilledForm filled, EForm form, int section, Map<String, String> posted) {
        Map<String, String> values = new HashMap<>(filled.values());
        Map<String, EForm.Source> sources = new HashMap<>(filled.prefilled());
        for (EForm.Field field : form.sections().get(section).fields()) {
            if (filled.locked(field)) {
                continue;
            }
            String value = FieldRules.normalise(field, posted.get(FieldRules.param(field)));
            // A prefilled value the applicant changed is theirs now: its source no longer vouches for it.
            if (!value.equals(filled.value(field.key()))) {
                sources.remove(field.key());
            }
            if (value.isEmpty()) {
                values.remove(field.key());
            } else {
                values.put(field.key(), value);
            }
        }
        FilledForm saved = new FilledForm(filled.draftId(), filled.versionId(), values, sources, null, null);
        forms.save(saved, null, clock.instant());
        Problems problems = new Problems();
        form.sections().get(section).fields().forEach(f -> FieldRules.check(f, values, problems));
        problems.throwIfAny();
        return saved;
    }

    /**
     * Finishes the form: every section checked again, then the declaration rendered as a PDF and kept as an
     * upload of the draft, so the draft can carry it as the replaced component. The PDF is in Vietnamese,
     * the declaration's language, whatever the page's.
     *
     * @throws UserInputException when a section still has a problem
     */
    public FilledForm finish(FilledForm filled, Procedure procedure, EForm form) {
        Problems problems = new Problems();
        form.fields().forEach(f -> FieldRules.check(f, filled.values(), problems));
        problems.throwIfAny();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("procedure", procedure.content());
        variables.put("form", form);
        variables.put("filled", filled);
        variables.put("madeAt", LocalDateTime.now(clock.withZone(VIETNAM)));
        byte[] bytes = pdf.render("eform", variables, VIETNAMESE);
        String name = "to-khai-" + procedure.code() + ".pdf";
        StoredFile stored = documents.accept("eform", name, bytes.length, new ByteArrayInputStream(bytes),
                documents.standardRules(), FileOwner.draft(filled.draftId()));
        FilledForm finished = new FilledForm(filled.draftId(), filled.versionId(), filled.values(),
                filled.prefilled(), stored, null);
        forms.save(finished, null, clock.instant());
        return finished;
    }

    @Transactional(readOnly = true)
    public Optional<FilledForm> ofDraft(String draftId) {
        return forms.byDraft(draftId);
    }

    /** The e-form a dossier was submitted with, empty when it was submitted without one. */
    @Transactional(readOnly = true)
    public Optional<FilledForm> ofDossier(String dossierCode) {
        return forms.byDossier(dossierCode);
    }

    /** Ties the draft's form to the dossier it was submitted as. */
    public void submitted(String draftId, String dossierCode) {
        forms.submitted(draftId, dossierCode);
    }

    /** The form's data as JSON for the officer: each field's value, and the source of each prefilled one. */
    public String json(FilledForm filled, EForm form) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (EForm.Field field : form.fields()) {
            if (filled.value(field.key()) != null) {
                data.put(field.key(), filled.source(field.key()) == null ? filled.value(field.key())
                        : Map.of("value", filled.value(field.key()), "source", filled.source(field.key()).name()));
            }
        }
        return json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
    }
}
