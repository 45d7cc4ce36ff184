package vn.motcua.result.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the demo PKI's private keys encrypted (PKCS#8, AES-256 with a PBKDF2 key): the database holds
 * only ciphertext, the password is configured ({@code motcua.pki.demo-password}) or generated once and
 * kept in the data directory, readable by its owner only.
 */
@Component
public class KeyVault {

    private static final int PASSWORD_BYTES = 24;
    private static final int ITERATIONS = 100_000;
    /** The JDK has no "AES/CBC/PKCS7Padding" by that name; Bouncy Castle's own provider does. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final char[] password;

    KeyVault(PkiSettings settings) {
        this.password = settings.demoPassword() != null && !settings.demoPassword().isBlank()
                ? settings.demoPassword().toCharArray()
                : generatedPassword(settings.demoPasswordFile());
    }

    byte[] encrypt(PrivateKey key) {
        try {
            return new JcaPKCS8EncryptedPrivateKeyInfoBuilder(key)
                    .build(new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                            .setProvider(BC).setIterationCount(ITERATIONS).setPassword(password).build())
                    .getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot encrypt a private key", e);
        }
    }

    PrivateKey decrypt(byte[] encrypted) {
        try {
            PrivateKeyInfo info = new PKCS8EncryptedPrivateKeyInfo(encrypted)
                    .decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password));
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (OperatorCreationException | PKCSException | IOException e) {
            throw new IllegalStateException("Cannot decrypt a demo PKI key: is motcua.pki.demo-password the one "
                    + "it was made with?", e);
        }
    }

    private static char[] generatedPassword(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[PASSWORD_BYTES];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                ownerOnly(file);
            }
            return Files.readString(file).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo PKI's password in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the data directory's own permissions protect it.
        }
    }
}
