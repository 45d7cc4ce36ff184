package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.CertificateExtensionsUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import java.util.Locale;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.TestUnits;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.UserInputException;

/**
 * The demo PKI as an outside validator sees it, over real HTTP: the root to trust, a seal that DSS
 * validates to the root with the revocation data embedded (B-LT), OCSP and CRL answers that follow a
 * revocation at once, an RFC 3161 timestamp from a TSA certificate made for it; and a revoked or expired
 * seal that signs nothing.
 */
@MotcuaIntegrationTest
class DemoPkiTest {

    private static final String DEMO = "DEMO — không có giá trị pháp lý";

    @LocalServerPort
    int port;
    @Autowired
    UnitSeal seal;
    @Autowired
    Certificates certificates;
    @Autowired
    UnitDirectory units;
    @Autowired
    ApplicantDocuments documents;
    @Autowired
    TestClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theRootIsServedMarkedAsDemoAndTrustedThroughTheDirectory() throws Exception {
        X509Certificate root = certificate(get("/pki/root.crt").body());

        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        root.verify(root.getPublicKey());
        assertThat(root.getBasicConstraints()).isNotNegative();
        assertThat(root.getSubjectX500Principal().getName()).contains("RootCA chuyên dùng Chính phủ G2").contains(DEMO);
        X509Certificate trusted = certificate(Files.readAllBytes(Path.of("target/test-pki/trusted/motcua-demo-root.crt")));
        assertThat(trusted).isEqualTo(root);
    }

    @Test
    void aSealValidatesToTheRootWithItsRevocationDataEmbedded() throws Exception {
        TestUnits.commune(units, "000.91.01.H18", "Ủy ban nhân dân xã Thử Ký");
        byte[] sealed = seal.seal("000.91.01.H18", receipt());

        SimpleReport report = validate(sealed);
        String id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(report.getSignedBy(id)).contains("Ủy ban nhân dân xã Thử Ký").contains(DEMO);

        X509Certificate sealCertificate = sealCertificate("000.91.01.H18");
        assertThat(sealCertificate.getSubjectX500Principal().getName()).contains("O=Ủy ban nhân dân xã Thử Ký");
        X509Certificate ca = certificate(get(aiaIssuerPath(sealCertificate)).body());
        assertThat(ca.getSubjectX500Principal().getName()).contains("CA phục vụ các cơ quan Nhà nước G2");
        sealCertificate.verify(ca.getPublicKey());
    }

    @Test
    void aRevokedSealIsAnsweredRevokedByOcspAndTheCrlAtOnceAndSignsNothing() throws Exception {
        TestUnits.commune(units, "000.91.02.H18", "Ủy ban nhân dân xã Thu Hồi");
        byte[] pdf = receipt();
        seal.seal("000.91.02.H18", pdf);
        X509Certificate sealCertificate = sealCertificate("000.91.02.H18");
        X509Certificate ca = certificate(get(aiaIssuerPath(sealCertificate)).body());
        assertThat(ocspStatus(sealCertificate, ca)).isEqualTo(CertificateStatus.GOOD);

        certificates.revoke(sealCertificate.getSerialNumber().toString(16), RevocationReason.KEY_COMPROMISE, "admin");

        assertThat(ocspStatus(sealCertificate, ca)).isInstanceOfSatisfying(RevokedStatus.class,
                revoked -> assertThat(revoked.getRevocationReason()).isEqualTo(1));
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(
                get(crlPath(sealCertificate)).body()));
        crl.verify(ca.getPublicKey());
        assertThat(crl.getRevokedCertificate(sealCertificate.getSerialNumber())).isNotNull();
        assertThatThrownBy(() -> seal.seal("000.91.02.H18", pdf)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.messageKey())
                        .isEqualTo("result.sign.revoked")));
    }

    @Test
    void anExpiredSealSignsNothing() throws Exception {
        TestUnits.commune(units, "000.91.03.H18", "Ủy ban nhân dân xã Hết Hạn");
        byte[] pdf = receipt();
        seal.seal("000.91.03.H18", pdf);
        X509Certificate sealCertificate = sealCertificate("000.91.03.H18");

        clock.setLocal(LocalDateTime.ofInstant(sealCertificate.getNotAfter().toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusDays(1));

        assertThatThrownBy(() -> seal.seal("000.91.03.H18", pdf)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.messageKey())
                        .isEqualTo("result.sign.expired")));
    }

    @Test
    void theTimestampServiceAnswersRfc3161WithItsOwnTimestampingCertificate() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("kết quả".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(42));

        HttpResponse<byte[]> answer = post("/pki/tsa", "application/timestamp-query", request.getEncoded());

        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        TimeStampResponse response = new TimeStampResponse(answer.body());
        response.validate(request);
        assertThat(response.getStatus()).isZero();
        X509Certificate tsa = certificate(((org.bouncycastle.cert.X509CertificateHolder) response.getTimeStampToken()
                .getCertificates().getMatches(response.getTimeStampToken().getSID()).iterator().next()).getEncoded());
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        response.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        assertThat(response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
    }

    @Test
    void garbageGetsARefusalInTheProtocolNotAnError() throws Exception {
        HttpResponse<byte[]> ocsp = post("/pki/ocsp", "application/ocsp-request", new byte[] {1, 2, 3});
        assertThat(ocsp.statusCode()).isEqualTo(200);
        assertThat(new OCSPResp(ocsp.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);

        HttpResponse<byte[]> tsa = post("/pki/tsa", "application/timestamp-query", new byte[] {1, 2, 3});
        assertThat(tsa.statusCode()).isEqualTo(200);
        assertThat(new TimeStampResponse(tsa.body()).getStatus()).isEqualTo(2);

        assertThat(get("/pki/crl/zz.crl").statusCode()).isEqualTo(404);
        assertThat(get("/pki/certificates/123.crt").statusCode()).isEqualTo(404);
    }

    private SimpleReport validate(byte[] pdf) throws Exception {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(certificate(get("/pki/root.crt").body())));
        verifier.setTrustedCertSources(trusted);
        CommonsDataLoader loader = new CommonsDataLoader();
        verifier.setOcspSource(new OnlineOCSPSource(loader));
        verifier.setCrlSource(new OnlineCRLSource(loader));
        verifier.setAIASource(new DefaultAIASource(loader));
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        validator.setLocale(Locale.ENGLISH);
        return validator.validateDocument().getSimpleReport();
    }

    private CertificateStatus ocspStatus(X509Certificate certificate, X509Certificate issuer) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
        OCSPResp response = new OCSPResp(post("/pki/ocsp", "application/ocsp-request",
                new OCSPReqBuilder().addRequest(id).build().getEncoded()).body());
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))).isTrue();
        return basic.getResponses()[0].getCertStatus();
    }

    private X509Certificate sealCertificate(String unit) throws Exception {
        CertificateSummary summary = certificates.all().stream()
                .filter(c -> c.role() == CertificateRole.UNIT_SEAL && unit.equals(c.holder())).findFirst().orElseThrow();
        return certificate(get("/pki/certificates/" + summary.serial() + ".crt").body());
    }

    /** The path of the certificate's CA issuer URL, on this server. */
    private static String aiaIssuerPath(X509Certificate certificate) {
        return path(CertificateExtensionsUtils.getCAIssuersAccessUrls(new CertificateToken(certificate)).getFirst());
    }

    private static String crlPath(X509Certificate certificate) {
        return path(CertificateExtensionsUtils.getCRLAccessUrls(new CertificateToken(certificate)).getFirst());
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private byte[] receipt() {
        return documents.render(SampleDocuments.receipt(), Locale.forLanguageTag("vi"));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static X509Certificate certificate(byte[] encoded) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(encoded));
    }

}
