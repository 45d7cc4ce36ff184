package vn.motcua.eform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.EForm;
import vn.motcua.document.StoredFile;
import vn.motcua.eform.FilledForm;

/** Filled e-forms in {@code eform_filled}, one row per draft. */
@Repository
public class FilledFormRepository {

    private static final String SELECT = "select draft_id, procedure_version_id, field_values, prefilled, pdf_sha256, "
            + "pdf_name, pdf_size, dossier_code from eform_filled";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FilledFormRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<FilledForm> byDraft(String draftId) {
        return jdbc.sql(SELECT + " where draft_id = ?").param(draftId).query(this::map).optional();
    }

    public Optional<FilledForm> byDossier(String dossierCode) {
        return jdbc.sql(SELECT + " where dossier_code = ?").param(dossierCode).query(this::map).optional();
    }

    /** The account whose verified identity prefilled the form, empty when none did yet. */
    public Optional<Long> prefilledFor(String draftId) {
        return jdbc.sql("select prefilled_for from eform_filled where draft_id = ? and prefilled_for is not null")
                .param(draftId).query(Long.class).optional();
    }

    /** Inserts or replaces the row of the form's draft; a submitted form is never changed. */
    public void save(FilledForm form, Long prefilledFor, Instant now) {
        StoredFile pdf = form.pdf();
        jdbc.sql("""
                insert into eform_filled (draft_id, procedure_version_id, field_values, prefilled, prefilled_for,
                       pdf_sha256, pdf_name, pdf_size, updated_at)
                values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)
                on conflict (draft_id) do update set procedure_version_id = excluded.procedure_version_id,
                       field_values = excluded.field_values, prefilled = excluded.prefilled,
                       prefilled_for = coalesce(excluded.prefilled_for, eform_filled.prefilled_for),
                       pdf_sha256 = excluded.pdf_sha256, pdf_name = excluded.pdf_name, pdf_size = excluded.pdf_size,
                       updated_at = excluded.updated_at
                 where eform_filled.dossier_code is null""")
                .params(form.draftId(), form.versionId(), json.writeValueAsString(form.values()),
                        json.writeValueAsString(form.prefilled()), prefilledFor, pdf == null ? null : pdf.sha256(),
                        pdf == null ? null : pdf.originalName(), pdf == null ? null : pdf.size(), Timestamp.from(now))
                .update();
    }

    public void submitted(String draftId, String dossierCode) {
        jdbc.sql("update eform_filled set dossier_code = ? where draft_id = ? and dossier_code is null")
                .params(dossierCode, draftId).update();
    }

    /** Forgets forms of drafts abandoned before {@code before} (drafts themselves expire after 30 days). */
    public void deleteAbandoned(Instant before) {
        jdbc.sql("delete from eform_filled where dossier_code is null and updated_at < ?")
                .param(Timestamp.from(before)).update();
    }

    private FilledForm map(ResultSet rs, int row) throws SQLException {
        String sha = rs.getString("pdf_sha256");
        StoredFile pdf = sha == null ? null
                : new StoredFile(sha, rs.getLong("pdf_size"), "application/pdf", rs.getString("pdf_name"));
        Map<String, String> values = json.readValue(rs.getString("field_values"), new TypeReference<>() { });
        Map<String, EForm.Source> prefilled = json.readValue(rs.getString("prefilled"), new TypeReference<>() { });
        return new FilledForm(rs.getString("draft_id"), rs.getLong("procedure_version_id"), values, prefilled, pdf,
                rs.getString("dossier_code"));
    }
}
