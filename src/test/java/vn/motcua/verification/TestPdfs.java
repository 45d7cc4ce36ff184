package vn.motcua.verification;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for the tests: a one-page result printing its code, signed with DSS PAdES by the {@link TestPki}. */
public final class TestPdfs {

    /** An OID under the example arc: the tests' TSA follows no published policy. */
    private static final String TSA_POLICY = "1.3.6.1.4.1.99999.1";

    private final TestPki pki;

    public TestPdfs(TestPki pki) {
        this.pki = pki;
    }

    /** An unsigned one-page PDF printing {@code text} (ASCII: the standard fonts lack Vietnamese letters). */
    public static byte[] unsigned(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs (another signature when already signed) at {@code level}, claiming {@code signingTime}. */
    public byte[] sign(byte[] pdf, TestPki.Issued signer, SignatureLevel level, Instant signingTime) {
        PAdESService service = new PAdESService(verifier());
        if (level != SignatureLevel.PAdES_BASELINE_B) {
            List<java.security.cert.X509Certificate> chain = new java.util.ArrayList<>();
            chain.add(pki.tsa.certificate());
            chain.addAll(pki.tsa.chain());
            KeyEntityTSPSource tsa = new KeyEntityTSPSource(pki.tsa.key(), pki.tsa.certificate(), chain);
            tsa.setTsaPolicy(TSA_POLICY);
            tsa.setDigestAlgorithm(DigestAlgorithm.SHA256);
            tsa.setEncryptionAlgorithm(EncryptionAlgorithm.RSA);
            service.setTspSource(tsa);
        }
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(signer.certificate()));
        parameters.setCertificateChain(signer.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        DSSDocument document = new InMemoryDocument(pdf, "result.pdf");
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa(signer, data.getBytes()));
        return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
    }

    /**
     * The file with a line of text added to its page in an incremental update, as an editor saves it: the
     * signed revision stays intact, but the page now shows something nobody signed.
     */
    public static byte[] withTextAddedAfterSigning(byte[] signed, String text) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(signed);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 600);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file with one byte changed where {@code text} first appears, to {@code replacement}: what an edit
     * after signing looks like (the page's width, say, from 612 to 712 points).
     */
    public static byte[] withOneByteChanged(byte[] signed, String text, char replacement) {
        byte[] edited = signed.clone();
        edited[indexOf(edited, text.getBytes(StandardCharsets.US_ASCII))] = (byte) replacement;
        return edited;
    }

    private static int indexOf(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not in the file: " + new String(part, StandardCharsets.US_ASCII));
    }

    private CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root.certificate()));
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(new OnlineCRLSource());
        // The tests also make what a signing service would refuse: an expired signer, a revoked one.
        verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
        verifier.setAlertOnInvalidTimestamp(new SilentOnStatusAlert());
        return verifier;
    }

    private static byte[] rsa(TestPki.Issued signer, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer.key());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
