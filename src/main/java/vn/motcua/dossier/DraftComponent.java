package vn.motcua.dossier;

import java.util.List;
import vn.motcua.catalog.DossierComponent;

/**
 * One published component (thành phần hồ sơ) in a draft: how the applicant hands it in, and the file
 * once the document store accepted it.
 *
 * @param name the published component's name
 * @param delivery uploaded, sent by post, or not needed in the applicant's case; null until answered
 * @param file the accepted upload, kept even if the applicant then chooses the post
 * @param required the published component is required (bắt buộc): "not applicable" is refused for it
 * @param stored the file chosen from the applicant's data store, for {@link Delivery#REUSE}; the dossier
 *     module checks again with the store on submission
 */
public record DraftComponent(String name, Delivery delivery, AttachedFile file, boolean required,
        AttachedFile stored) {

    /** How a component reaches the receiving unit. */
    public enum Delivery {
        /** Tải lên: an electronic file with the submission. */
        UPLOAD,
        /** Gửi qua bưu chính: the papers follow by post. */
        POST,
        /** Không áp dụng: a conditional component ("nếu…") that does not concern the applicant. */
        NOT_NEEDED,
        /** Dùng lại: a valid document the applicant's data store already holds, not asked for again. */
        REUSE
    }

    static DraftComponent unanswered(DossierComponent published) {
        return new DraftComponent(published.name(), null, null, published.required(), null);
    }

    public DraftComponent with(Delivery newDelivery, AttachedFile newFile) {
        return new DraftComponent(name, newDelivery, newFile == null ? file : newFile, required, stored);
    }

    /** Reuses {@code storedFile} from the data store (null: the choice named nothing the store offers). */
    public DraftComponent reusing(AttachedFile storedFile) {
        return new DraftComponent(name, Delivery.REUSE, file, required, storedFile);
    }

    /** This answer under the component as published now, which may have become required or conditional. */
    DraftComponent as(DossierComponent published) {
        return new DraftComponent(name, delivery, file, published.required(), stored);
    }

    /** What the dossier records: a file counts when uploaded; papers by post count the published originals and copies. */
    ComponentInput toInput(DossierComponent published) {
        return switch (delivery) {
            case UPLOAD -> new ComponentInput(name, 0, 0, true, false, false, List.of(file));
            case POST -> new ComponentInput(name, published.originals(), published.copies(), true, false, false,
                    List.of());
            case NOT_NEEDED -> new ComponentInput(name, 0, 0, false, false, false, List.of());
            case REUSE -> new ComponentInput(name, 0, 0, true, true, false, List.of(stored));
        };
    }
}
