package vn.motcua.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.archive.ArchivedFile.Kind;
import vn.motcua.archive.DisposalRecord.Fate;
import vn.motcua.archive.DisposalRecord.FileFate;
import vn.motcua.datastore.DataStore;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.Role;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.ResultDocuments;
import vn.motcua.web.OfficeSamples;

/**
 * The records archive with real dossiers of the demo province: a dossier returned to its applicant is archived
 * with its files, result, papers and tracking sheet under its procedure's retention; it is found by search,
 * exported whole with hashes that match the bytes, and disposed of only after its retention, on a proposal
 * approved by another person, an administrator.
 */
@MotcuaIntegrationTest
class ArchiveTest {

    static final LocalDateTime RETURNED_AT = LocalDateTime.parse("2026-03-06T10:00");

    @Autowired DossierFixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Archive archive;
    @Autowired ArchiveExport export;
    @Autowired Disposals disposals;
    @Autowired Retentions retentions;
    @Autowired ResultDocuments results;
    @Autowired FileStore files;
    @Autowired OfficerDirectory officers;
    @Autowired JsonMapper json;
    @Autowired DataStore dataStore;
    @Autowired PlatformTransactionManager transactionManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReturnedDossierIsArchivedWithItsFilesResultPapersAndTrackingSheetUnderTheDefaultRetention() {
        Returned r = returnedNotaryCard("011090005501", "Điêu Thị Lưu");
        ArchivedDossier a = archive.get(r.dossier.code());

        assertThat(a.status()).isEqualTo("RETURNED");
        assertThat(a.procedureCode()).isEqualTo(DossierFixtures.NOTARY_CARD);
        assertThat(a.applicantIdNumber()).isEqualTo("011090005501");
        assertThat(a.closedAt()).isEqualTo(RETURNED_AT);
        // Ten years (motcua.archive.default-retention-years) after the day it closed.
        assertThat(a.retention()).isEqualTo(Retention.ofYears(10));
        assertThat(a.lastDay()).isEqualTo(LocalDate.parse("2036-03-06"));
        assertThat(a.state()).isEqualTo(ArchivedDossier.State.ARCHIVED);
        assertThat(a.files()).extracting(ArchivedFile::kind)
                .containsExactly(Kind.COMPONENT, Kind.RESULT, Kind.PAPER, Kind.TRACKING_SHEET);
        assertThat(a.files().get(0).sha256()).isEqualTo(sha256(r.form));
        assertThat(a.files().get(1).sha256()).isEqualTo(results.of(r.dossier).getFirst().file().sha256());
        assertThat(a.files()).allSatisfy(f -> assertThat(files.exists(f.sha256())).isTrue());
        assertThat(a.files().subList(2, 4)).allSatisfy(f -> assertThat(f.mediaType()).isEqualTo("application/pdf"));
    }

    @Test
    void theExportHasTheManifestAndEveryFileWhoseBytesMatchTheManifestsHashesAndSizes() throws IOException {
        Returned r = returnedNotaryCard("011090005502", "Lường Văn Xuất");

        Map<String, byte[]> zip = unzip(r.dossier.code());

        JsonNode manifest = json.readTree(zip.get("manifest.json"));
        assertThat(manifest.get("dossier").get("code").asString()).isEqualTo(r.dossier.code());
        assertThat(manifest.get("retention").get("lastDay").asString()).isEqualTo("2036-03-06");
        assertThat(manifest.get("trackingSheet").size()).isEqualTo(r.dossier.tracking().size());
        JsonNode listed = manifest.get("files");
        assertThat(listed.size()).isEqualTo(4);
        assertThat(zip).hasSize(5);
        for (JsonNode file : listed) {
            byte[] bytes = zip.get(file.get("path").asString());
            assertThat(bytes).as(file.get("path").asString()).isNotNull();
            assertThat(sha256(bytes)).isEqualTo(file.get("sha256").asString());
            assertThat((long) bytes.length).isEqualTo(file.get("size").asLong());
        }
        assertThat(zip.get(listed.get(0).get("path").asString())).isEqualTo(r.form);
        assertThat(listed.get(0).get("path").asString()).isEqualTo("files/001-don-de-nghi.pdf");
    }

    @Test
    void searchFindsAnArchivedDossierByEachCriterionAndRefusesCriteriaPastTheirLimits() {
        Returned r = returnedNotaryCard("011090005503", "Quàng Thị Tìm Kiếm");
        String code = r.dossier.code();

        assertThat(codes(new ArchiveSearch(code, null, null, null, null, null, 1))).containsExactly(code);
        assertThat(codes(new ArchiveSearch(null, "011090005503", null, null, null, null, 1))).containsExactly(code);
        assertThat(codes(new ArchiveSearch(null, "thị tìm", null, null, null, null, 1))).containsExactly(code);
        assertThat(codes(new ArchiveSearch(null, "Tìm Kiếm", DossierFixtures.NOTARY_CARD, r.dossier.competentUnit(),
                LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-06"), 1))).containsExactly(code);
        assertThat(codes(new ArchiveSearch(null, "Tìm Kiếm", null, null, LocalDate.parse("2026-03-07"), null, 1)))
                .isEmpty();
        assertThat(codes(new ArchiveSearch(null, "Tìm Kiếm", "2.000815", null, null, null, 1))).isEmpty();
        assertThat(codes(new ArchiveSearch(null, "%", null, null, null, null, 1))).doesNotContain(code);

        assertRefused(() -> archive.search(new ArchiveSearch(null, "a".repeat(201), null, null, null, null, 1)),
                "limits.text.tooLong");
        assertRefused(() -> archive.search(new ArchiveSearch(null, null, null, null, LocalDate.parse("2026-03-07"),
                LocalDate.parse("2026-03-06"), 1)), "archive.search.rangeReversed");
        assertRefused(() -> archive.search(new ArchiveSearch(null, null, null, null, null, null, 0)), "limits.page");
    }

    @Test
    void disposalIsRefusedBeforeTheRetentionByTheProposerAndWithoutApprovalThenErasesWhatNothingElseHolds()
            throws IOException, InterruptedException {
        Returned r = returnedNotaryCard("011090005504", "Lò Văn Huỷ");
        String code = r.dossier.code();
        // A live dossier handed in with the same scan: its bytes must outlive the disposal.
        byte[] shared = OfficeSamples.uniquePdf();
        AttachedFile sharedScan = fixtures.stored("tiepnhan", "giay-to-chung.pdf", shared);
        String otherCode = returnedNotaryCard("011090005505", "Lò Văn Giữ", sharedScan, null).dossier.code();
        fixtures.receiveNotaryCard("011090005506", "Lò Thị Sống", ReturnMethod.COUNTER, List.of(sharedScan));
        Officer supervisor = officers.find("giamsat").orElseThrow();
        Officer administrator = officers.find("admin").orElseThrow();

        clock.setLocal(LocalDateTime.parse("2036-03-06T16:00")); // the last day of the ten years
        assertRefused(() -> disposals.propose(supervisor, code, "Hết thời hạn bảo quản"), "archive.disposal.notDue");
        assertThat(disposals.due()).extracting(ArchivedSummary::code).doesNotContain(code);

        clock.setLocal(LocalDateTime.parse("2036-03-07T08:00"));
        assertThat(disposals.due()).extracting(ArchivedSummary::code).contains(code);
        assertRefused(() -> disposals.approve(administrator, code), "archive.disposal.notProposed");
        assertRefused(() -> disposals.propose(officers.find("tiepnhan").orElseThrow(), code, "Hết hạn"),
                "archive.disposal.proposerRole");
        assertRefused(() -> disposals.propose(supervisor, code, " "), "archive.disposal.reasonRequired");
        assertRefused(() -> disposals.propose(supervisor, code, "x".repeat(2001)), "limits.text.tooLong");

        disposals.propose(supervisor, code, "Hết thời hạn bảo quản 10 năm");
        assertRefused(() -> disposals.propose(administrator, code, "Lần nữa"), "archive.disposal.alreadyProposed");
        assertRefused(() -> disposals.approve(supervisor, code), "archive.disposal.approverRole");
        Officer proposerAsAdministrator = new Officer("giamsat", "Lò Thị Giám", Role.ADMINISTRATOR,
                supervisor.unit(), supervisor.title(), true);
        assertRefused(() -> disposals.approve(proposerAsAdministrator, code), "archive.disposal.sameOfficer");
        assertThat(archive.get(code).state()).isEqualTo(ArchivedDossier.State.ARCHIVED);
        assertThat(archive.get(code).files()).allSatisfy(f -> assertThat(files.exists(f.sha256())).isTrue());

        // The applicant's own data store keeps their digitised component and signed result (kho dữ liệu):
        // the archive's disposal must leave those copies, and erase the rest.
        List<String> inTheApplicantsStore = archive.get(code).files().subList(0, 2).stream()
                .map(ArchivedFile::sha256).toList();
        Await.until(() -> dataStore.of("011090005504").stream().map(doc -> doc.file().sha256()).toList()
                .containsAll(inTheApplicantsStore));

        DisposalRecord record = disposals.approve(administrator, code);

        ArchivedDossier disposed = archive.get(code);
        assertThat(disposed.state()).isEqualTo(ArchivedDossier.State.DISPOSED);
        assertThat(record.proposedBy()).isEqualTo("giamsat");
        assertThat(record.approvedBy()).isEqualTo("admin");
        assertThat(record.files()).extracting(FileFate::sha256)
                .containsExactlyElementsOf(disposed.files().stream().map(ArchivedFile::sha256).toList());
        assertThat(record.files()).extracting(FileFate::fate)
                .containsExactly(Fate.KEPT_REFERENCED, Fate.KEPT_REFERENCED, Fate.ERASED, Fate.ERASED);
        assertThat(disposed.files().subList(0, 2)).allSatisfy(f -> assertThat(files.exists(f.sha256())).isTrue());
        assertThat(disposed.files().subList(2, 4)).allSatisfy(f -> assertThat(files.exists(f.sha256())).isFalse());
        assertThat(disposals.audit(code)).contains(record);
        assertThat(unzip(code)).containsOnlyKeys("manifest.json");
        assertRefused(() -> disposals.approve(administrator, code), "archive.disposal.notProposed");
        assertRefused(() -> disposals.propose(supervisor, code, "Lần nữa"), "archive.disposal.alreadyDisposed");

        // The other returned dossier shares a scan with a live one: disposing of it keeps that scan.
        disposals.propose(supervisor, otherCode, "Hết thời hạn bảo quản 10 năm");
        DisposalRecord other = disposals.approve(administrator, otherCode);
        assertThat(other.files()).filteredOn(f -> f.sha256().equals(sharedScan.sha256())).singleElement()
                .extracting(FileFate::fate).isEqualTo(Fate.KEPT_HELD_ELSEWHERE);
        assertThat(files.exists(sharedScan.sha256())).isTrue();
        assertThat(archive.get(otherCode).files()).filteredOn(f -> f.kind() == Kind.PAPER
                || f.kind() == Kind.TRACKING_SHEET).allSatisfy(f -> assertThat(files.exists(f.sha256())).isFalse());
    }

    @Test
    void anApprovalThatFailsBeforeItsCommitErasesNoFileAndLeavesTheRecordArchived() {
        String code = returnedNotaryCard("011090005508", "Vì Văn Hoàn").dossier.code();
        Officer administrator = officers.find("admin").orElseThrow();
        clock.setLocal(LocalDateTime.parse("2036-03-07T08:00"));
        disposals.propose(officers.find("giamsat").orElseThrow(), code, "Hết thời hạn bảo quản 10 năm");

        // The approval runs whole, then something later in the same transaction fails.
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(disposals.approve(administrator, code).files()).extracting(FileFate::fate).contains(Fate.ERASED);
            throw new IllegalStateException("the disk holding the audit copy is full");
        })).hasMessageContaining("disk");

        assertThat(archive.get(code).state()).isEqualTo(ArchivedDossier.State.ARCHIVED);
        assertThat(disposals.audit(code)).isEmpty();
        assertThat(archive.get(code).files()).allSatisfy(f -> assertThat(files.exists(f.sha256())).isTrue());
        // The proposal is still waiting: approved again, the disposal goes through and the bytes go.
        disposals.approve(administrator, code);
        assertThat(archive.get(code).files().subList(2, 4))
                .allSatisfy(f -> assertThat(files.exists(f.sha256())).isFalse());
    }

    @Test
    void aProcedureKeptPermanentlyArchivesItsDossiersWithNoLastDayAndNeverDisposesOfThem() {
        try {
            retentions.set(DossierFixtures.COPY_CERTIFICATION, Retention.permanent(), "admin");
            clock.setLocal(LocalDateTime.parse("2026-03-02T09:00"));
            DossierView d = fixtures.receiveCopyCertification("011090005507");
            d = fixtures.act("tiepnhan.dienbienphu", d, new DossierCommand.Withdraw("Người nộp xin rút hồ sơ"));
            assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
            String code = d.code();
            awaitArchived(code);

            ArchivedDossier a = archive.get(code);
            assertThat(a.status()).isEqualTo("WITHDRAWN");
            assertThat(a.retention().isPermanent()).isTrue();
            assertThat(a.lastDay()).isNull();
            clock.setLocal(LocalDateTime.parse("2046-03-03T08:00"));
            assertRefused(() -> disposals.propose(officers.find("giamsat").orElseThrow(), code, "Quá lâu"),
                    "archive.disposal.permanent");
        } finally {
            retentions.set(DossierFixtures.COPY_CERTIFICATION, retentions.defaultRetention(), "admin");
        }
    }

    private Returned returnedNotaryCard(String idNumber, String name) {
        return returnedNotaryCard(idNumber, name, null, OfficeSamples.uniquePdf());
    }

    /** A notary card handed in with one scan (stored now unless given), done with a sealed result, returned. */
    private Returned returnedNotaryCard(String idNumber, String name, AttachedFile scan, byte[] form) {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        AttachedFile handedIn = scan != null ? scan : fixtures.stored("tiepnhan", "don-de-nghi.pdf", form);
        DossierView d = fixtures.toResultStep(fixtures.receiveNotaryCard(idNumber, name, ReturnMethod.COUNTER,
                List.of(handedIn)));
        AttachedFile result = fixtures.stored("vanthu.tuphap", "the-cong-chung-vien.pdf", OfficeSamples.uniquePdf());
        clock.setLocal(LocalDateTime.parse("2026-03-05T09:00"));
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 12/TCCV", List.of(result)));
        clock.setLocal(RETURNED_AT);
        d = fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));
        awaitArchived(d.code());
        return new Returned(d, form);
    }

    private void awaitArchived(String code) {
        try {
            Await.until(() -> archive.search(new ArchiveSearch(code, null, null, null, null, null, 1)).total() == 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> codes(ArchiveSearch search) {
        return archive.search(search).items().stream().map(ArchivedSummary::code).toList();
    }

    private Map<String, byte[]> unzip(String code) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(code, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).problems())
                        .extracting(UserInputException.Problem::messageKey).contains(messageKey));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A returned dossier and the bytes of the scan it was handed in with. */
    record Returned(DossierView dossier, byte[] form) {
    }
}
