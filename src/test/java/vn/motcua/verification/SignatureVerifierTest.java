package vn.motcua.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.platform.UserInputException;

/**
 * Every signature of a PDF validated against the trusted directory, each way a file can fail answered on
 * its own: signed PDFs made with the {@link TestPki} and DSS PAdES.
 */
@MotcuaIntegrationTest
class SignatureVerifierTest {

    private static TestPki pki;
    private static TestPdfs pdfs;
    private static TestPki.Issued leader;
    private static TestPki.Issued seal;

    @Autowired
    SignatureVerifier verifier;
    @Autowired
    VerificationReports reports;

    @BeforeAll
    static void pki() {
        pki = TestPki.shared();
        pdfs = new TestPdfs(pki);
        leader = pki.signer("Nguyễn Văn Lãnh Đạo", "UBND xã Mường Phăng", Instant.now());
        seal = pki.signer("UBND xã Mường Phăng", "UBND xã Mường Phăng", Instant.now());
    }

    @Test
    void aTimestampedSignatureByATrustedSignerIsValidAndSaysWhoWhenAndHow() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // The signer's claim is an hour off: the timestamp, not the claim, says when it was signed.
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), leader, SignatureLevel.PAdES_BASELINE_T,
                before.minus(Duration.ofHours(1)));

        Verification v = verifier.verify(signed);

        assertThat(v.outcome()).isEqualTo(Outcome.VALID);
        assertThat(v.valid()).isTrue();
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).isEqualTo("Nguyễn Văn Lãnh Đạo");
            assertThat(s.organization()).isEqualTo("UBND xã Mường Phăng");
            assertThat(s.level()).isEqualTo("B-T");
            assertThat(s.signedAt()).isBetween(before, Instant.now());
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.revoked()).isFalse();
            assertThat(s.finding()).isEqualTo(Finding.VALID);
        });
        assertThat(reports.find(v.reportId())).hasValueSatisfying(r -> {
            assertThat(r.detailedXml()).contains("DetailedReport");
            assertThat(r.simpleHtml()).contains("TOTAL_PASSED");
        });
    }

    @Test
    void aLeaderSignatureThenTheUnitSealAreBothValidatedInOrder() {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), leader, SignatureLevel.PAdES_BASELINE_T, Instant.now());
        byte[] sealed = pdfs.sign(signed, seal, SignatureLevel.PAdES_BASELINE_T, Instant.now().plusSeconds(1));

        Verification v = verifier.verify(sealed);

        assertThat(v.outcome()).isEqualTo(Outcome.VALID);
        assertThat(v.signatures()).extracting(SignatureCheck::signer, SignatureCheck::level, SignatureCheck::valid)
                .containsExactly(tuple("Nguyễn Văn Lãnh Đạo", "B-T", true), tuple("UBND xã Mường Phăng", "B-T", true));
    }

    @Test
    void revocationDataEmbeddedAtSigningMakesItLongTerm() {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), seal, SignatureLevel.PAdES_BASELINE_LT, Instant.now());

        Verification v = verifier.verify(signed);

        assertThat(v.outcome()).isEqualTo(Outcome.VALID);
        assertThat(v.signatures()).extracting(SignatureCheck::level).containsExactly("B-LT");
    }

    @Test
    void oneByteEditedAfterSigningIsRefusedAsModified() {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua so 12"), leader, SignatureLevel.PAdES_BASELINE_B,
                Instant.now());
        byte[] edited = TestPdfs.withOneByteChanged(signed, "612", '7');

        Verification v = verifier.verify(edited);

        assertThat(v.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(v.valid()).isFalse();
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isFalse();
            assertThat(s.finding()).isEqualTo(Finding.MODIFIED);
        });
    }

    @Test
    void textAddedToThePageAfterSigningIsRefused() {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua: cap phep"), leader, SignatureLevel.PAdES_BASELINE_B,
                Instant.now());
        byte[] added = TestPdfs.withTextAddedAfterSigning(signed, "Khong cap phep");

        Verification v = verifier.verify(added);

        assertThat(added).startsWith(signed);
        assertThat(v.valid()).isFalse();
        assertThat(v.outcome()).isEqualTo(Outcome.CHANGED_AFTER_SIGNING);
    }

    @Test
    void aSignerFromARootNobodyTrustedIsUntrusted() {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), pki.strangerSigner("Kẻ Lạ", Instant.now()),
                SignatureLevel.PAdES_BASELINE_B, Instant.now());

        Verification v = verifier.verify(signed);

        assertThat(v.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).isEqualTo("Kẻ Lạ");
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isFalse();
            assertThat(s.finding()).isEqualTo(Finding.UNTRUSTED);
        });
    }

    @Test
    void aRevokedCertificateIsRevoked() {
        TestPki.Issued stolen = pki.signer("Trần Thị Bị Mất Khoá", "UBND xã Mường Phăng", Instant.now());
        pki.revoke(stolen, Instant.now().minus(Duration.ofHours(1)));
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), stolen, SignatureLevel.PAdES_BASELINE_B, Instant.now());

        Verification v = verifier.verify(signed);

        assertThat(v.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.revoked()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.finding()).isEqualTo(Finding.REVOKED);
        });
    }

    @Test
    void anExpiredCertificateWithoutATimestampIsExpired() {
        Instant now = Instant.now();
        TestPki.Issued old = pki.signer("Lê Văn Hết Hạn", "UBND xã Mường Phăng", now.minus(Duration.ofDays(800)),
                now.minus(Duration.ofDays(30)), pki.caCrl());
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), old, SignatureLevel.PAdES_BASELINE_B,
                now.minus(Duration.ofDays(60)));

        Verification v = verifier.verify(signed);

        assertThat(v.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.revoked()).isFalse();
            assertThat(s.finding()).isEqualTo(Finding.EXPIRED);
        });
    }

    @Test
    void revocationDataNobodyServesIsUnknownNotAnError() {
        Instant now = Instant.now();
        TestPki.Issued cut = pki.signer("Phạm Văn Mất Mạng", "UBND xã Mường Phăng", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(300)), TestPki.unreachableCrl());
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), cut, SignatureLevel.PAdES_BASELINE_B, now);

        Verification v = verifier.verify(signed);

        assertThat(v.valid()).isFalse();
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.revoked()).isFalse();
            assertThat(s.finding()).isEqualTo(Finding.REVOCATION_UNKNOWN);
        });
    }

    @Test
    void filesThatAreNotSignedPdfsEachGetTheirOwnAnswer() {
        assertThat(verifier.verify("Xin chào, tôi không phải PDF".getBytes(StandardCharsets.UTF_8)).outcome())
                .isEqualTo(Outcome.NOT_PDF);
        assertThat(verifier.verify(new byte[0]).outcome()).isEqualTo(Outcome.NOT_PDF);
        byte[] unsigned = TestPdfs.unsigned("Ket qua");
        assertThat(verifier.verify(unsigned).outcome()).isEqualTo(Outcome.NO_SIGNATURES);
        assertThat(verifier.verify(Arrays.copyOf(unsigned, 40)).outcome()).isEqualTo(Outcome.DAMAGED);
        byte[] signed = pdfs.sign(unsigned, leader, SignatureLevel.PAdES_BASELINE_B, Instant.now());
        assertThat(verifier.verify(Arrays.copyOf(signed, signed.length / 2)).valid()).isFalse();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeAnyReading() {
        byte[] large = new byte[(int) verifier.limits().maxFileSize().toBytes() + 1];
        assertThatThrownBy(() -> verifier.verify(large)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("file");
                    assertThat(p.messageKey()).isEqualTo("verification.limit.size");
                }));
    }
}
