package vn.motcua.feedback;

import java.time.Instant;

/** Published when feedback or a complaint names a dossier; the index counts it against 6.3. */
public record DossierComplainedAbout(String dossierCode, String itemCode, Instant at) {
}
