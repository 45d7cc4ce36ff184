package vn.motcua.web.portal.submit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DraftComponent;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * The components page as posted: each component's choice, and its file through the document store's
 * checks (type from the bytes, size, renamed executables refused). An accepted file is kept in the
 * draft at once, so it is never asked for again, even when another field of the page is refused.
 */
@Component
class ComponentUploads {

    private final Documents documents;

    ComponentUploads(Documents documents) {
        this.documents = documents;
    }

    /** The components as answered; files are stored as uploads of the draft, which alone can attach them. */
    List<DraftComponent> apply(String draftId, List<DraftComponent> current, Map<String, String> params,
            Map<String, MultipartFile> files, Problems problems) {
        FileOwner draft = FileOwner.draft(draftId);
        List<DraftComponent> answered = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            String field = "components[" + i + "]";
            DraftComponent.Delivery chosen = Choices.parse(DraftComponent.Delivery.class, params.get(field + ".delivery"));
            AttachedFile uploaded = store(field + ".file", files.get(field + ".file"), draft, problems);
            // A file sent without a choice means "upload": the citizen said it by choosing the file.
            DraftComponent.Delivery delivery = chosen == null && uploaded != null ? DraftComponent.Delivery.UPLOAD
                    : chosen;
            answered.add(current.get(i).with(delivery, uploaded));
        }
        return answered;
    }

    /** The file once stored; null when none was sent or it was refused (the refusal is recorded). */
    private AttachedFile store(String field, MultipartFile file, FileOwner draft, Problems problems) {
        if (file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            StoredFile stored = documents.accept(field, file.getOriginalFilename(), file.getSize(), content,
                    documents.standardRules(), draft);
            return new AttachedFile(stored.sha256(), stored.originalName(), stored.mediaType(), stored.size());
        } catch (UserInputException refused) {
            refused.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
