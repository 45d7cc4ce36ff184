package vn.motcua.eform;

import java.util.Map;
import vn.motcua.catalog.EForm;
import vn.motcua.document.StoredFile;

/**
 * An e-form as filled for one draft (and, once submitted, its dossier).
 *
 * @param draftId the portal draft it is filled for
 * @param versionId the procedure version whose e-form it follows
 * @param values field key → value as typed (dates as yyyy-MM-dd), or as prefilled
 * @param prefilled field key → where its value came from, for the prefilled ones
 * @param pdf the declaration generated when the last section was accepted, null before
 * @param dossierCode the dossier it was submitted with, null before
 */
public record FilledForm(String draftId, long versionId, Map<String, String> values,
        Map<String, EForm.Source> prefilled, StoredFile pdf, String dossierCode) {

    public FilledForm {
        values = Map.copyOf(values);
        prefilled = Map.copyOf(prefilled);
    }

    public String value(String key) {
        return values.get(key);
    }

    /** The field's source when its value was prefilled, else null. */
    public EForm.Source source(String key) {
        return prefilled.get(key);
    }

    /** Whether the applicant may not change this field: prefilled from a source the schema locks. */
    public boolean locked(EForm.Field field) {
        return field.lockedWhenPrefilled() && prefilled.containsKey(field.key());
    }

    public boolean finished() {
        return pdf != null;
    }
}
