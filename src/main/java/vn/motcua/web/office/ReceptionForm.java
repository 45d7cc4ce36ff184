package vn.motcua.web.office;

import java.util.List;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.platform.Problems;

/**
 * The counter reception form as typed. Field names follow the dossier module's problem fields
 * ({@code applicant.idNumber}, {@code returnAddress}…) so each refusal lands next to its input.
 */
record ReceptionForm(Channel channel, ApplicantFields applicant, String submitterName, String submitterIdNumber,
        List<Row> components, ReturnMethod returnMethod, String returnAddress, String summary) {

    ReceptionForm {
        applicant = applicant == null ? new ApplicantFields(null, null, null, null, null, null) : applicant;
        components = components == null ? List.of() : components;
    }

    record ApplicantFields(ApplicantType type, String idNumber, String name, String phone, String email,
            String address) {

        Applicant toApplicant() {
            return new Applicant(type, idNumber, name, phone, email, address);
        }
    }

    /**
     * One published component: whether it was received, how many papers, and its scan once accepted
     * (kept in hidden fields so a refused form does not ask for the upload again; the dossier takes the
     * scan's name, type and size from the upload, never from these fields), or the document of the
     * applicant's data store reused instead of a scan ({@code stored}, its number). An unticked box sends
     * nothing, hence {@code Boolean}.
     */
    record Row(String name, Boolean received, Integer originals, Integer copies, String sha256, String fileName,
            String mediaType, Long size, Long stored) {

        static Row of(DossierComponent published) {
            return new Row(published.name(), false, published.originals(), published.copies(), null, null, null,
                    null, null);
        }

        Row with(StoredFile file) {
            return new Row(name, received, originals, copies, file.sha256(), file.originalName(), file.mediaType(),
                    file.size(), stored);
        }

        /** The row reusing {@code file} from the data store (null: the choice named nothing it offers). */
        Row reusing(AttachedFile file) {
            return file == null ? new Row(name, received, originals, copies, null, null, null, null, null)
                    : new Row(name, received, originals, copies, file.sha256(), file.originalName(), file.mediaType(),
                            file.size(), stored);
        }

        /** A scan, or the data store's file marked reused: the dossier module checks it with the store again. */
        ComponentInput toInput() {
            List<AttachedFile> files = sha256 == null || sha256.isBlank() ? List.of()
                    : List.of(AttachedFile.reference(sha256));
            return new ComponentInput(name, originals == null ? 0 : originals, copies == null ? 0 : copies,
                    Boolean.TRUE.equals(received), stored != null, false, files);
        }
    }

    /** A blank form for the procedure's published components, received at the counter, result at the counter. */
    static ReceptionForm blank(List<DossierComponent> published) {
        return new ReceptionForm(Channel.COUNTER, null, null, null, published.stream().map(Row::of).toList(),
                ReturnMethod.COUNTER, null, null);
    }

    /**
     * Records each required component (bắt buộc) not ticked as received: only a conditional one
     * ("nếu có", "trường hợp…") may be left out as not applicable; a dossier without a required paper is
     * not received but guided (hướng dẫn bổ sung) at the counter. Rows follow the published order.
     */
    void checkRequired(List<DossierComponent> published, Problems problems) {
        for (int i = 0; i < published.size(); i++) {
            boolean received = i < components.size() && Boolean.TRUE.equals(components.get(i).received());
            problems.when(published.get(i).required() && !received, "components[" + i + "].received",
                    "catalog.component.notApplicable.refused", published.get(i).name());
        }
    }

    ReceptionForm withApplicant(ApplicantFields fields) {
        return new ReceptionForm(channel, fields, submitterName, submitterIdNumber, components, returnMethod,
                returnAddress, summary);
    }

    ReceptionForm withComponents(List<Row> rows) {
        return new ReceptionForm(channel, applicant, submitterName, submitterIdNumber, rows, returnMethod,
                returnAddress, summary);
    }

    CounterReception toReception(String procedureCode) {
        return new CounterReception(procedureCode, channel, applicant.toApplicant(), submitterName, submitterIdNumber,
                components.stream().map(Row::toInput).toList(), returnMethod, returnAddress, null, summary);
    }
}
