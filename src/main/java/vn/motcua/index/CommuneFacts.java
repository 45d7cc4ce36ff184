package vn.motcua.index;

/**
 * Dữ kiện chứng thực điện tử của một xã for 5.3 (from the certified copies' register, per period).
 *
 * @param commune the commune's unit identifier
 * @param issuedElectronicCopies it certified at least one electronic copy from an original in the period
 */
public record CommuneFacts(String commune, boolean issuedElectronicCopies) {
}
