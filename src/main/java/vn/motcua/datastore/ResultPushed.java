package vn.motcua.datastore;

/**
 * A dossier's result reached the national data store (5.5 counts the dossier).
 *
 * @param dossierCode the dossier
 * @param resultCode the result pushed
 */
public record ResultPushed(String dossierCode, String resultCode) {
}
