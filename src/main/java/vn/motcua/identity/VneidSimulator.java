package vn.motcua.identity;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's VNeID (served under {@link #PATH} by the web layer as a real OpenID Connect provider): the demo
 * citizens and organisations one may log in as, the claims their ID tokens carry, in VNeID's names, and the
 * ways the provider can misbehave so the demo and the tests show the portal refusing a forged login.
 */
public final class VneidSimulator {

    /** The provider's address on this server; its issuer is the portal's public address followed by this. */
    public static final String PATH = "/simulator/vneid";

    /** How the provider answers the portal's token request. */
    public enum Misbehaviour {
        /** A token signed as issued. */
        NONE,
        /** The ID token's claims changed after signing (another person's ID number): its signature fails. */
        TAMPERED_TOKEN,
        /** A properly signed ID token carrying a nonce the portal never sent. */
        WRONG_NONCE
    }

    /**
     * A person or organisation with a VNeID account.
     *
     * @param idNumber personal ID number (citizen) or tax code (organisation)
     * @param assuranceLevel VNeID's identification level (mức độ định danh), 1 or 2
     */
    public record DemoPerson(boolean organisation, String idNumber, String fullName, String representativeId,
            int assuranceLevel) implements Serializable {

        /** The subject (sub) of its tokens: stable per account, not the ID number itself. */
        public String subject() {
            return (organisation ? "vneid-org-" : "vneid-") + idNumber;
        }

        /** The claims of its ID token, in INTEGRATION.md's names. */
        public Map<String, Object> claims() {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put(VneidIdentity.ACCOUNT_TYPE, organisation ? VneidIdentity.ORGANISATION : VneidIdentity.CITIZEN);
            claims.put(VneidIdentity.PERSONAL_ID, organisation ? representativeId : idNumber);
            if (organisation) {
                claims.put(VneidIdentity.TAX_CODE, idNumber);
            }
            claims.put(VneidIdentity.FULL_NAME, fullName);
            claims.put("acr", String.valueOf(assuranceLevel));
            return claims;
        }
    }

    /** Demo values only: the numbers are well formed (province 011, Điện Biên) and belong to no one. */
    public static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(false, "011090001234", "Nguyễn Văn An", null, 2),
            new DemoPerson(false, "011195004321", "Lò Thị Bình", null, 2),
            new DemoPerson(false, "011203000777", "Cà Văn Dũng", null, 1),
            new DemoPerson(true, "5600123456", "Công ty TNHH Du lịch Mường Thanh Điện Biên (demo)", "011085002468", 2),
            new DemoPerson(true, "5600765432", "Hợp tác xã Nông nghiệp Thanh Xương (demo)", "011172003579", 2));

    private VneidSimulator() {
    }

    /** A demo person or organisation by its ID number or tax code. */
    public static Optional<DemoPerson> person(String idNumber) {
        return PEOPLE.stream().filter(p -> p.idNumber().equals(idNumber)).findFirst();
    }

    /**
     * A citizen typed at the simulator's login page, to try an ID number of one's own choosing.
     *
     * @throws IllegalArgumentException when the number cannot exist or the name is empty or too long
     */
    public static DemoPerson citizen(String idNumber, String fullName) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(VneidIdentity.ACCOUNT_TYPE, VneidIdentity.CITIZEN);
        claims.put(VneidIdentity.PERSONAL_ID, idNumber == null ? "" : idNumber);
        claims.put(VneidIdentity.FULL_NAME, fullName == null ? "" : fullName);
        VneidIdentity checked = VneidIdentity.fromClaims(claims);
        return new DemoPerson(false, checked.idNumber(), checked.fullName(), null, 2);
    }
}
