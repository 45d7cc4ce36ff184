package vn.motcua.feedback;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.feedback.internal.RatingRepository;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/** Đánh giá mức độ hài lòng: once per dossier, by its applicant, after the result is returned. */
@Service
public class Ratings {

    /** Long enough to explain, short enough to read; the index shows comments to supervisors. */
    public static final int COMMENT_MAX = 2000;

    private final RatingRepository ratings;
    private final ApplicantDossiers dossiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(RatingRepository ratings, ApplicantDossiers dossiers, ApplicationEventPublisher events, Clock clock) {
        this.ratings = ratings;
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param idNumber the applicant's ID number, established by the caller (account or code + ID)
     * @throws vn.motcua.platform.NotFoundException when the dossier is not this applicant's
     * @throws UserInputException when the dossier is not returned yet, is rated already, or the form is incomplete
     */
    @Transactional
    public Rating rate(String idNumber, String dossierCode, Satisfaction satisfaction, String comment) {
        ApplicantDossier dossier = dossiers.view(idNumber, dossierCode);
        new Problems()
                .when(dossier.status() != DossierStatus.RETURNED, null, "feedback.rating.notYet")
                .when(satisfaction == null, "satisfaction", "feedback.rating.required")
                .when(comment != null && comment.length() > COMMENT_MAX, "comment", "feedback.rating.commentTooLong",
                        COMMENT_MAX)
                .throwIfAny();
        if (ratings.find(dossier.code()).isPresent()) {
            throw alreadyRated();
        }
        Rating rating = new Rating(dossier.code(), dossier.procedureCode(), dossier.competentUnit(), satisfaction,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        try {
            ratings.insert(rating);
        } catch (DuplicateKeyException sameMoment) {
            throw alreadyRated();
        }
        events.publishEvent(new DossierRated(rating.dossierCode(), rating.procedureCode(), rating.competentUnit(),
                rating.satisfaction(), rating.ratedAt()));
        return rating;
    }

    public Optional<Rating> of(String dossierCode) {
        return ratings.find(dossierCode);
    }

    private static UserInputException alreadyRated() {
        return new UserInputException(null, "feedback.rating.already");
    }
}
