package vn.motcua.feedback;

import java.time.Instant;

/**
 * One applicant's rating of one returned dossier.
 *
 * @param competentUnit identifier of the unit that decided the dossier, whom the rating concerns
 * @param comment optional free text
 */
public record Rating(String dossierCode, String procedureCode, String competentUnit, Satisfaction satisfaction,
        String comment, Instant ratedAt) implements java.io.Serializable {
}
