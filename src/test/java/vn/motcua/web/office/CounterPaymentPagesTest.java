package vn.motcua.web.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.CollectionAccounts;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.ElectronicReceipts;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.result.QrCodes;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * An officer takes a fee at the counter without cash: the dossier page shows the VietQR code of what it
 * owes to the collecting unit's account, refuses a record without the bank's reference or with another
 * channel (400, in the officer's language), records a transfer, and offers the receipt to reprint; the
 * applicant downloads the same receipt from the follow page.
 */
@MotcuaIntegrationTest
class CounterPaymentPagesTest {

    private static final Pattern QR_IMAGE = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    Payments payments;
    @Autowired
    CollectionAccounts accounts;
    @Autowired
    ElectronicReceipts receipts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    private String officerPage(String code) throws Exception {
        return mvc.perform(get("/office/dossiers/" + code).with(user(WebTestSupport.officer(context, "tiepnhan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions record(String code, String channel, String bankReference) throws Exception {
        return mvc.perform(post("/office/dossiers/" + code + "/counter-payment")
                .param("channel", channel).param("bankReference", bankReference)
                .with(user(WebTestSupport.officer(context, "tiepnhan"))).with(WebTestSupport.formToken()));
    }

    private static String decodedQr(String html) throws Exception {
        Matcher image = QR_IMAGE.matcher(html);
        assertThat(image.find()).as("a QR image on the page").isTrue();
        byte[] png = Base64.getDecoder().decode(image.group(1));
        return QrCodes.decode(ImageIO.read(new ByteArrayInputStream(png)));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePageShowsTheVietQrCodeOfWhatTheDossierOwesToTheUnitsAccount() throws Exception {
        DossierView d = fixtures.receiveNotaryCard("011090008811", "Lường Văn Pha");
        String html = officerPage(d.code());

        // The notary card's fee is 100.000 đ, paid to the unit that decides the dossier (Sở Tư pháp).
        CollectionAccount account = accounts.of(d.competentUnit()).orElseThrow();
        assertThat(html).contains("Thu phí, lệ phí tại quầy", "100.000 đ", account.accountNumber(),
                account.bankCode(), "<code>" + d.code() + "</code>");
        String payload = decodedQr(html);
        // Field by field, from the VietQR rules (the CRC's arithmetic is VietQrTest's).
        assertThat(payload).startsWith("000201" + "010212")
                .contains("0010A000000727", "0006" + account.bankCode(),
                        "01" + "%02d".formatted(account.accountNumber().length()) + account.accountNumber(),
                        "0208QRIBFTTA", "5303704", "5406100000", "5802VN", "0825" + d.code())
                .matches(".*6304[0-9A-F]{4}");

        // A supervisor sees the code, read only, and may not record a payment.
        String supervised = mvc.perform(get("/office/dossiers/" + d.code())
                        .with(user(WebTestSupport.officer(context, "giamsat"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(supervised).contains("<code>" + d.code() + "</code>").doesNotContain("name=\"bankReference\"");
        mvc.perform(post("/office/dossiers/" + d.code() + "/counter-payment").param("channel", "COUNTER_QR")
                        .param("bankReference", "FT1").with(user(WebTestSupport.officer(context, "giamsat")))
                        .with(WebTestSupport.formToken()))
                .andExpect(status().isForbidden());
        assertThat(payments.ofDossier(d.code())).isEmpty();
    }

    @Test
    void aRecordWithoutTheBanksReferenceOrWithAnotherChannelIsRefusedWithA400() throws Exception {
        DossierView d = fixtures.receiveNotaryCard("011090008812", "Lò Văn Hải");

        String missing = record(d.code(), "COUNTER_QR", "  ").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("href=\"#counter.bankReference\"", "Hãy nhập mã giao dịch do ngân hàng cấp.",
                "id=\"counter.bankReference-error\"");
        String cash = record(d.code(), "CASH", "FT2606 11<b>").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(cash).contains("Hãy chọn hình thức thanh toán tại quầy",
                "Mã giao dịch chỉ gồm chữ không dấu, chữ số", "value=\"FT2606 11&lt;b&gt;\"");
        assertThat(payments.ofDossier(d.code())).isEmpty();
        assertThat(payments.outstandingVnd(d.code())).isEqualTo(100_000);
    }

    @Test
    void aRecordedTransferIsPaidOnceReceiptedAndReprintedByTheOfficerAndDownloadedByTheApplicant() throws Exception {
        DossierView d = fixtures.receiveNotaryCard("011090008813", "Cà Thị Mai");

        MockHttpServletResponse recorded = record(d.code(), "COUNTER_QR", "FT26061123")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/office/dossiers/" + d.code() + "#counter-payment");
        PaymentView payment = payments.ofDossier(d.code()).getFirst();
        assertThat(payment.channel()).isEqualTo(PaymentChannel.COUNTER_QR);
        assertThat(payment.bankReference()).isEqualTo("FT26061123");
        assertThat(payments.outstandingVnd(d.code())).isZero();
        Await.until(() -> !receipts.ofDossier(d.code()).isEmpty());
        ElectronicReceipt receipt = receipts.ofDossier(d.code()).getFirst();

        String html = officerPage(d.code());
        String link = "/office/dossiers/" + d.code() + "/receipts/" + receipt.number() + ".pdf";
        assertThat(html).contains(link).doesNotContain("data:image/png;base64", "name=\"bankReference\"");
        MockHttpServletResponse reprint = mvc.perform(get(link)
                        .with(user(WebTestSupport.officer(context, "tiepnhan"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(reprint.getContentType()).isEqualTo("application/pdf");
        assertThat(reprint.getHeader("Content-Disposition")).contains(receipt.number() + ".pdf");
        assertThat(pdfText(reprint.getContentAsByteArray())).contains("Số biên lai: " + receipt.number(),
                "Người nộp tiền: Cà Thị Mai", "Một trăm nghìn đồng", "Chuyển khoản VietQR tại Bộ phận Một cửa");

        MockHttpSession applicant = new MockHttpSession();
        mvc.perform(post("/follow").session(applicant).with(WebTestSupport.formToken())
                        .with(PortalFixtures.from("203.0.113.81")).param("code", d.code())
                        .param("idNumber", "011090008813"))
                .andExpect(status().is3xxRedirection());
        String follow = mvc.perform(get("/follow/" + d.code()).session(applicant)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String portalLink = "/follow/" + d.code() + "/receipts/" + receipt.number() + ".pdf";
        assertThat(follow).contains(portalLink);
        byte[] downloaded = mvc.perform(get(portalLink).session(applicant).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(downloaded)).contains("RECEIPT FOR FEES AND CHARGES", "Receipt number: " + receipt.number());
        // Another visitor, who has not looked the dossier up, is sent to look it up first.
        mvc.perform(get(portalLink).session(new MockHttpSession()))
                .andExpect(redirectedUrl("/follow?code=" + d.code()));
    }
}
