package vn.motcua.result;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.NotFoundException;
import vn.motcua.result.internal.ResultStore;

/**
 * The result documents of dossiers, for the pages and the API that show them. The caller has already been
 * allowed to see the dossier (it holds its view); the applicant sees results only once they are returned.
 */
@Service
public class ResultDocuments {

    private final ResultStore store;

    ResultDocuments(ResultStore store) {
        this.store = store;
    }

    /** Every result of the dossier, oldest first, for the officers who see it. */
    @Transactional(readOnly = true)
    public List<ResultDocument> of(DossierView dossier) {
        return store.of(dossier.code());
    }

    /** What the applicant has received: the results once the dossier is returned, none before. */
    @Transactional(readOnly = true)
    public List<ResultDocument> returned(ApplicantDossier dossier) {
        return dossier.resultReturned() ? store.of(dossier.code()) : List.of();
    }

    /**
     * One result the applicant has received.
     *
     * @throws NotFoundException when the dossier is not returned yet or has no such result
     */
    public ResultDocument returned(ApplicantDossier dossier, String resultCode) {
        return returned(dossier).stream().filter(r -> r.code().equals(resultCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.notFound", resultCode));
    }

    /**
     * One result by its code, whoever asks: the code is printed on the result, and anyone holding the
     * result may check it (verification). Empty when no result has this code.
     */
    @Transactional(readOnly = true)
    public Optional<ResultDocument> find(String resultCode) {
        int dossierEnd = resultCode.lastIndexOf("-KQ");
        if (dossierEnd <= 0) {
            return Optional.empty();
        }
        return store.of(resultCode.substring(0, dossierEnd)).stream().filter(r -> r.code().equals(resultCode))
                .findFirst();
    }
}
