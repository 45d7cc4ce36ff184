package vn.motcua.web.portal.submit;

import vn.motcua.dossier.Applicant;

/** The applicant page as posted; the applicant's type is not asked here but follows who is applying. */
record ApplicantPage(Applicant applicant, String submitterName, String submitterIdNumber) {

    ApplicantPage {
        applicant = applicant == null ? new Applicant(null, null, null, null, null, null) : applicant;
    }
}
