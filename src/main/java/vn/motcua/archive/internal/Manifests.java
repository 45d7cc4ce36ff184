package vn.motcua.archive.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.archive.ArchivedDossier;
import vn.motcua.archive.ArchivedFile;
import vn.motcua.dossier.DossierView;

/**
 * The manifest (bản kê) of an archived dossier: its metadata, retention, every file with its path in an
 * export, size, type and SHA-256, and its tracking sheet line by line. Written once when the dossier is
 * archived and kept as text, so an export years later carries the very same bytes.
 */
@Component
class Manifests {

    /** Raises when the manifest's layout changes, so a reader knows which one it holds. */
    static final int FORMAT = 1;

    private final JsonMapper json;

    Manifests(JsonMapper json) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    String write(ArchivedDossier record, DossierView dossier) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("dossier", metadata(record, dossier));
        manifest.put("retention", retention(record));
        manifest.put("archivedAt", record.archivedAt().toString());
        manifest.put("files", record.files().stream().map(Manifests::file).toList());
        manifest.put("trackingSheet", dossier.tracking());
        return json.writeValueAsString(manifest);
    }

    private static Map<String, Object> metadata(ArchivedDossier r, DossierView d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("procedureCode", r.procedureCode());
        m.put("procedureName", r.procedureName());
        m.put("channel", d.channel().name());
        m.put("receivingUnit", r.receivingUnit());
        m.put("competentUnit", r.competentUnit());
        m.put("applicant", Map.of("type", d.applicant().type().name(), "idNumber", r.applicantIdNumber(),
                "name", r.applicantName()));
        m.put("status", r.status());
        m.put("submittedAt", String.valueOf(d.submittedAt()));
        m.put("receivedAt", String.valueOf(d.receivedAt()));
        m.put("appointment", String.valueOf(d.appointment()));
        m.put("closedAt", r.closedAt().toString());
        m.put("closingReason", d.closingReason());
        return m;
    }

    private static Map<String, Object> retention(ArchivedDossier r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("years", r.retention().years());
        m.put("permanent", r.retention().isPermanent());
        m.put("lastDay", r.lastDay() == null ? null : r.lastDay().toString());
        return m;
    }

    private static Map<String, Object> file(ArchivedFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.entryName());
        m.put("kind", f.kind().name());
        m.put("name", f.name());
        m.put("mediaType", f.mediaType());
        m.put("size", f.size());
        m.put("sha256", f.sha256());
        return m;
    }
}
