package vn.motcua.catalog.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.EForm;
import vn.motcua.catalog.Procedure;

/** The e-form of each version, in {@code catalog_procedure_version.eform}, and its JSON text for the editor. */
@Repository
public class EFormStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EFormStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<EForm> of(long versionId) {
        return jdbc.sql("select eform from catalog_procedure_version where id = ? and eform is not null")
                .param(versionId).query(String.class).optional().map(text -> json.readValue(text, EForm.class));
    }

    /** Saves the e-form of a version; null removes it. */
    public void save(long versionId, EForm form) {
        jdbc.sql("update catalog_procedure_version set eform = cast(? as jsonb) where id = ?")
                .params(form == null ? null : json.writeValueAsString(form), versionId).update();
    }

    /**
     * A new version keeps its predecessor's e-form while the component it replaces is still published: the
     * administrator revises it on the new version if the declaration changed.
     */
    public void carryOver(long previousVersionId, Procedure published) {
        of(previousVersionId).filter(form -> published.content().components().stream()
                        .anyMatch(c -> c.name().equals(form.component())))
                .ifPresent(form -> save(published.versionId(), form));
    }

    /**
     * The schema as an administrator typed it; unknown properties are refused, so a misspelt one is not
     * silently dropped.
     *
     * @return empty when the text is not JSON of an e-form's shape
     */
    public Optional<EForm> parse(String text) {
        try {
            return Optional.ofNullable(json.readerFor(EForm.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text));
        } catch (JacksonException notAnEForm) {
            return Optional.empty();
        }
    }

    /** The schema as the editor shows it, indented. */
    public String text(EForm form) {
        return json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(form);
    }
}
