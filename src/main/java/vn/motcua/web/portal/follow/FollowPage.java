package vn.motcua.web.portal.follow;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.ElectronicReceipts;
import vn.motcua.payment.Payments;
import vn.motcua.result.ResultDocuments;
import vn.motcua.feedback.Ratings;
import vn.motcua.web.FormErrors;
import vn.motcua.web.PostalPanel;

/**
 * The pages about one followed dossier, read fresh each time: the dossier itself with its rating form,
 * and the supplement and withdrawal forms, which show the typed values again after a refusal.
 */
@Component
class FollowPage {

    private final ApplicantDossiers dossiers;
    private final Ratings ratings;
    private final ResultDocuments results;
    private final DossierFees fees;
    private final Payments payments;
    private final ElectronicReceipts receipts;
    private final PostalPanel post;

    FollowPage(ApplicantDossiers dossiers, Ratings ratings, ResultDocuments results, DossierFees fees,
            Payments payments, ElectronicReceipts receipts, PostalPanel post) {
        this.post = post;
        this.receipts = receipts;
        this.fees = fees;
        this.payments = payments;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.results = results;
    }

    String show(Model model, String idNumber, String code) {
        return show(model, idNumber, code, new RatingForm(null, null), FormErrors.none());
    }

    String show(Model model, String idNumber, String code, RatingForm typed, FormErrors errors) {
        ApplicantDossier dossier = load(model, idNumber, code, errors);
        model.addAttribute("rating", ratings.of(dossier.code()).orElse(null));
        model.addAttribute("results", results.returned(dossier));
        model.addAttribute("paymentDue", dossier.status() == DossierStatus.FINANCIAL_OBLIGATION
                ? fees.latest(dossier.code()).orElse(null) : null);
        model.addAttribute("paymentReceipts", receipts.ofDossier(dossier.code()));
        model.addAttribute("ratingForm", typed);
        model.addAttribute("payments", payments.ofDossier(dossier.code()));
        model.addAttribute("outstandingVnd", dossier.status().closed() ? 0 : payments.outstandingVnd(dossier.code()));
        post.addTo(model, dossier.code());
        return "portal/follow/dossier";
    }

    String supplement(Model model, String idNumber, String code, String note, FormErrors errors) {
        load(model, idNumber, code, errors);
        model.addAttribute("note", note);
        return "portal/follow/supplement";
    }

    String withdrawal(Model model, String idNumber, String code, String reason, FormErrors errors) {
        load(model, idNumber, code, errors);
        model.addAttribute("reason", reason);
        return "portal/follow/withdraw";
    }

    private ApplicantDossier load(Model model, String idNumber, String code, FormErrors errors) {
        ApplicantDossier dossier = dossiers.view(idNumber, code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("errors", errors);
        return dossier;
    }
}
