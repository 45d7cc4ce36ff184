package vn.motcua.dossier;

/**
 * Hồ sơ rút: how many received dossiers of one competent unit, procedure and channel their
 * applicants withdrew in a period.
 *
 * @param unit the competent (processing) unit
 * @param procedureCode national procedure code
 * @param channel how they arrived
 * @param count dossiers withdrawn
 */
public record Withdrawals(String unit, String procedureCode, Channel channel, long count) {
}
