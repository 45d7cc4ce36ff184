package vn.motcua.dossier;

import vn.motcua.catalog.ApplicantType;

/** Who a citizen applies for online: themselves, another person (as submitter), or a business they represent. */
public enum ApplyingAs {
    /** The submitter is the applicant (chủ hồ sơ). */
    MYSELF(ApplicantType.CITIZEN),
    /** Nộp thay: the submitter applies on another citizen's behalf. */
    SOMEONE_ELSE(ApplicantType.CITIZEN),
    /** The submitter applies for a business (doanh nghiệp) they represent. */
    BUSINESS(ApplicantType.BUSINESS);

    private final ApplicantType applicantType;

    ApplyingAs(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    /** Whether a submitter other than the applicant must be named. */
    public boolean hasSubmitter() {
        return this != MYSELF;
    }
}
