package vn.motcua.result.pki;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.pki.*}: where trusted roots live and which keys sign. With no key store and no TSA
 * configured, the demo PKI (made by the application, marked as demo everywhere) signs.
 *
 * @param trustedRootsDir every {@code *.crt}/{@code *.pem} there is a trusted root; the demo root is written there
 * @param demoPasswordFile where the demo keys' generated password is kept when {@code demoPassword} is unset
 * @param demoPassword the password that encrypts the demo PKI's private keys; unset, one is generated once
 * @param tsaUrl a real RFC 3161 timestamp service; unset, the demo TSA
 * @param keyStores real keys by holder (a unit's code for its seal, an officer's username for theirs)
 * @param pkcs11 a PKCS#11 token holding real keys; its aliases are named by {@code keyStores}' alias
 */
@ConfigurationProperties("motcua.pki")
public record PkiSettings(Path trustedRootsDir, Path demoPasswordFile, String demoPassword, String tsaUrl,
        Map<String, KeyStoreEntry> keyStores, Pkcs11 pkcs11) {

    public PkiSettings {
        keyStores = keyStores == null ? Map.of() : Map.copyOf(keyStores);
    }

    /** Whether the province signs with real certificates: then the demo PKI never signs. */
    public boolean production() {
        return !keyStores.isEmpty() || pkcs11 != null && pkcs11.library() != null;
    }

    /**
     * One holder's key: a PKCS#12 file, or an alias on the PKCS#11 token when {@code file} is unset.
     *
     * @param file the PKCS#12 file
     * @param password its password (also the key's)
     * @param alias the key's alias; unset, the only one in the file
     */
    public record KeyStoreEntry(Path file, String password, String alias) {
    }

    /**
     * A PKCS#11 token (USB token or HSM).
     *
     * @param library the vendor's PKCS#11 library
     * @param slot the token's slot index
     * @param pin the user PIN
     */
    public record Pkcs11(String library, Integer slot, String pin) {
    }
}
