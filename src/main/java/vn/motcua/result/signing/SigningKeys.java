package vn.motcua.result.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.CertificateRole;
import vn.motcua.result.pki.DemoPki;
import vn.motcua.result.pki.PkiSettings;
import vn.motcua.result.pki.StoredCertificate;

/**
 * Whose key signs: a unit's seal by the unit's code, a leader's personal key by username. In production
 * ({@code motcua.pki.key-stores.<holder>}) from a PKCS#12 file or an alias on the PKCS#11 token; with
 * none configured, from the demo PKI, which makes the holder's certificate on first need.
 */
@Component
public class SigningKeys {

    private final PkiSettings settings;
    private final DemoPki demo;
    private final UnitDirectory units;
    private final OfficerDirectory officers;
    /** Opened once: a PKCS#11 login or a PKCS#12 key derivation must not be paid per signature. */
    private final Map<String, AbstractKeyStoreTokenConnection> tokens = new ConcurrentHashMap<>();

    SigningKeys(PkiSettings settings, DemoPki demo, UnitDirectory units, OfficerDirectory officers) {
        this.settings = settings;
        this.demo = demo;
        this.units = units;
        this.officers = officers;
    }

    /** The seal (con dấu) of the unit with this code. */
    public SigningKey seal(String unitCode) {
        if (settings.production()) {
            return configured(unitCode);
        }
        Unit unit = units.get(unitCode);
        return demoKey(demo.holder(CertificateRole.UNIT_SEAL, unitCode, unit.name(), unit.name()));
    }

    /** The personal signing key of the officer with this username. */
    public SigningKey personal(String username) {
        if (settings.production()) {
            return configured(username);
        }
        Officer officer = officers.get(username);
        String unit = units.find(officer.unit()).map(Unit::name).orElse(officer.unit());
        return demoKey(demo.holder(CertificateRole.PERSONAL, username, officer.fullName(), unit));
    }

    private SigningKey demoKey(StoredCertificate certificate) {
        return new DemoSigningKey(new CertificateToken(certificate.certificate()),
                demo.chain(certificate).stream().map(CertificateToken::new).toList(), demo.key(certificate));
    }

    private SigningKey configured(String holder) {
        PkiSettings.KeyStoreEntry entry = settings.keyStores().get(holder);
        if (entry == null) {
            throw new UserInputException(null, "result.sign.noKey", holder);
        }
        AbstractKeyStoreTokenConnection token = tokens.computeIfAbsent(holder, h -> open(entry));
        DSSPrivateKeyEntry key = entry.alias() == null ? token.getKeys().getFirst() : token.getKey(entry.alias());
        return new TokenSigningKey(token, key);
    }

    private AbstractKeyStoreTokenConnection open(PkiSettings.KeyStoreEntry entry) {
        if (entry.file() != null) {
            try {
                return new Pkcs12SignatureToken(entry.file().toFile(),
                        new KeyStore.PasswordProtection(entry.password().toCharArray()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the key store " + entry.file(), e);
            }
        }
        PkiSettings.Pkcs11 pkcs11 = settings.pkcs11();
        return new Pkcs11SignatureToken(pkcs11.library(), new KeyStore.PasswordProtection(pkcs11.pin().toCharArray()),
                pkcs11.slot() == null ? 0 : pkcs11.slot());
    }
}
