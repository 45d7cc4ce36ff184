package vn.motcua.feedback;

import java.time.Instant;

/** Published once per dossier when its applicant rates it; the Decision 766 index listens. */
public record DossierRated(String dossierCode, String procedureCode, String competentUnit, Satisfaction satisfaction,
        Instant ratedAt) {

    public boolean dissatisfied() {
        return satisfaction == Satisfaction.DISSATISFIED;
    }
}
