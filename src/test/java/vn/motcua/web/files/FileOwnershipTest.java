package vn.motcua.web.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.OfficeApi;
import vn.motcua.web.OfficeSamples;

/**
 * Files are the server's: a dossier takes name, type and size from the upload, and only the uploader
 * (or anyone working in a dossier that already holds the file) can attach it. A colleague's file and a
 * file that never existed get the same answer.
 */
@MotcuaIntegrationTest
class FileOwnershipTest {

    private static final String NOT_YOURS = "Tệp không tồn tại hoặc không thuộc về bạn. Hãy tải tệp lên lại.";

    @LocalServerPort
    int port;
    @Autowired
    DossierHandling handling;
    @Autowired
    Documents documents;

    OfficeApi api;

    @BeforeEach
    void client() {
        api = new OfficeApi(port);
    }

    @Test
    void aReceptionShowsTheUploadsNameTypeAndSizeNotTheOnesTheClientSent() {
        byte[] pdf = OfficeSamples.uniquePdf();
        String sha = upload("tiepnhan", "don-de-nghi.pdf", pdf);
        String forged = """
                [{"sha256": "%s", "originalName": "trang.html", "mediaType": "text/html", "size": 1}]""".formatted(sha);

        OfficeApi.Reply received = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson(forged));

        assertThat(received.status()).as(received.body()).isEqualTo(201);
        OfficeApi.Reply shown = api.get("tiepnhan", "/api/v1/dossiers/" + received.<String>json("$.code"));
        assertThat(shown.<String>json("$.components[0].files[0].originalName")).isEqualTo("don-de-nghi.pdf");
        assertThat(shown.<String>json("$.components[0].files[0].mediaType")).isEqualTo("application/pdf");
        assertThat(shown.<Integer>json("$.components[0].files[0].size")).isEqualTo(pdf.length);
    }

    @Test
    void aColleaguesUploadIsRefusedExactlyLikeAFileThatDoesNotExist() {
        byte[] pdf = OfficeSamples.uniquePdf();
        String colleagues = upload("chuyenvien.tuphap", "ket-qua.pdf", pdf);
        String code = atResultStep();
        int version = version(code);

        OfficeApi.Reply stolen = markDone("vanthu.tuphap", code, version, colleagues);
        OfficeApi.Reply invented = markDone("vanthu.tuphap", code, version, "0f".repeat(32));

        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.<String>json("$.errors[0].field")).isEqualTo("results[0].file");
        assertThat(stolen.<String>json("$.errors[0].message")).isEqualTo(NOT_YOURS);
        assertThat(stolen.body()).isEqualTo(invented.body());
        assertThat(version(code)).as("nothing saved").isEqualTo(version);

        // The same bytes uploaded by the clerk are the clerk's own upload: a record of their own.
        String own = upload("vanthu.tuphap", "quyet-dinh.pdf", pdf);
        assertThat(own).isEqualTo(colleagues);
        OfficeApi.Reply done = markDone("vanthu.tuphap", code, version, own);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.<String>json("$.results[0].file.originalName")).isEqualTo("quyet-dinh.pdf");
    }

    @Test
    void aFileAlreadyInTheDossierCanBeUsedAgainByAnyoneWorkingOnIt() {
        String sha = upload("tiepnhan", "don-de-nghi.pdf", OfficeSamples.uniquePdf());
        OfficeApi.Reply received = api.post("tiepnhan", "/api/v1/dossiers",
                OfficeSamples.receptionJson("[{\"sha256\": \"" + sha + "\"}]"));
        String code = received.json("$.code");
        toResultStep(code);

        OfficeApi.Reply done = markDone("vanthu.tuphap", code, version(code), sha);

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.<String>json("$.results[0].file.originalName")).isEqualTo("don-de-nghi.pdf");
    }

    @Test
    void theSameBytesUploadedAgainUnderAnotherNameKeepTheNameJustGiven() {
        byte[] pdf = OfficeSamples.uniquePdf();
        String sha = upload("tiepnhan", "ban-scan.pdf", pdf);
        String code = api.post("tiepnhan", "/api/v1/dossiers",
                OfficeSamples.receptionJson("[{\"sha256\": \"" + sha + "\"}]")).json("$.code");
        toResultStep(code);

        upload("vanthu.tuphap", "quyet-dinh-cap-the.pdf", pdf);
        OfficeApi.Reply done = markDone("vanthu.tuphap", code, version(code), sha);

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.<String>json("$.results[0].file.originalName")).isEqualTo("quyet-dinh-cap-the.pdf");
    }

    @Test
    void anApplicantCannotAttachAnOfficersUploadButCanAttachTheirOwn() {
        String code = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]")).json("$.code");
        api.post("tiepnhan", "/api/v1/dossiers/" + code + "/actions",
                "{\"action\": \"COMPLETE_STEP\", \"version\": " + version(code) + "}");
        api.post("chuyenvien.tuphap", "/api/v1/dossiers/" + code + "/actions", """
                {"action": "REQUEST_SUPPLEMENT", "version": %d,
                 "items": [{"name": "Bản sao quyết định", "reason": "Thiếu bản sao"}]}""".formatted(version(code)));
        byte[] pdf = OfficeSamples.uniquePdf();
        String officers = upload("chuyenvien.tuphap", "quyet-dinh.pdf", pdf);
        Actor applicant = Actor.applicant("011090001234", "Nguyễn Thị Hường");
        int version = version(code);

        assertThatThrownBy(() -> handling.handle(applicant, code, version, supplement(officers)))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::field, UserInputException.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("answers[0].files[0].file", "files.unknown")));
        assertThat(version(code)).as("nothing saved").isEqualTo(version);

        documents.accept("item1", "ban-sao.pdf", pdf.length, new ByteArrayInputStream(pdf),
                documents.standardRules(), FileOwner.applicant("011090001234"));
        assertThat(handling.handle(applicant, code, version, supplement(officers)).components().getLast().files())
                .extracting(AttachedFile::originalName).containsExactly("ban-sao.pdf");
    }

    private static DossierCommand.Supplement supplement(String sha) {
        return new DossierCommand.Supplement(List.of(new SupplementAnswer(1, 0, 0,
                List.of(AttachedFile.reference(sha)))), null);
    }

    private String upload(String officer, String name, byte[] content) {
        OfficeApi.Reply uploaded = api.upload(officer, name, content);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json("$.sha256");
    }

    private String atResultStep() {
        String code = api.post("tiepnhan", "/api/v1/dossiers", OfficeSamples.receptionJson("[]")).json("$.code");
        toResultStep(code);
        return code;
    }

    private void toResultStep(String code) {
        for (String officer : List.of("tiepnhan", "chuyenvien.tuphap", "lanhdao.tuphap")) {
            OfficeApi.Reply done = api.post(officer, "/api/v1/dossiers/" + code + "/actions",
                    "{\"action\": \"COMPLETE_STEP\", \"version\": " + version(code) + "}");
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
    }

    private OfficeApi.Reply markDone(String officer, String code, int version, String sha) {
        return api.post(officer, "/api/v1/dossiers/" + code + "/actions", """
                {"action": "MARK_DONE", "version": %d, "results": [{"sha256": "%s"}]}""".formatted(version, sha));
    }

    private int version(String code) {
        return api.get("tiepnhan", "/api/v1/dossiers/" + code).json("$.lockVersion");
    }
}
