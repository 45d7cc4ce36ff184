package vn.motcua.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An archived dossier as a list shows it; times local. {@code lastDay} is null when kept for good. */
public record ArchivedSummary(String code, String procedureCode, String procedureName, String competentUnit,
        String applicantIdNumber, String applicantName, String status, LocalDateTime closedAt, LocalDate lastDay,
        ArchivedDossier.State state) {
}
