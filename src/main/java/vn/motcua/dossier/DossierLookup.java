package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * Lượt tra cứu: a supervisor opened a dossier, one of its documents or files. Kept append-only so
 * that read access to every dossier of the province stays accountable.
 *
 * @param officer the supervisor's login name
 * @param officerName their full name
 * @param at when, in the province's time
 */
public record DossierLookup(String officer, String officerName, LocalDateTime at) {
}
