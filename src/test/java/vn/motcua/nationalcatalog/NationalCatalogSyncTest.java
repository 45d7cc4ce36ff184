package vn.motcua.nationalcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.index.Criterion;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.platform.UserInputException;

/**
 * The national catalog over real HTTP against its simulator: a sync tells new, changed and unchanged procedures
 * apart from a modified listing, keeps a procedure listed twice once, skips what is past the limits and changes
 * nothing while the database is down or slow; adopting a change publishes the next version under the province's
 * decision, and 1.2 counts it on time when published within 5 working days of that decision.
 */
@MotcuaIntegrationTest
class NationalCatalogSyncTest {

    /** catalog.national.json: 2,642 procedures, each code once; 1,601 handled at province or commune level. */
    static final int LISTED = 2642;
    static final int LOCAL = 1601;
    static final String HOUSEHOLD_BUSINESS = "1.001612";
    static final String HOUSEHOLD_BUSINESS_CHANGE = "2.000720";

    @Autowired NationalCatalog national;
    @Autowired NationalCatalogSimulator simulator;
    @Autowired Catalog catalog;
    @Autowired IndexDrillDown drillDown;
    @Autowired TestClock clock;

    @AfterEach
    void restore() {
        simulator.setMode(SimulatorMode.UP);
        simulator.reset();
        clock.reset();
    }

    @Test
    void aSyncFindsTheNewTheChangedAndTheUnchangedInTheListing() {
        inStep();
        String stamp = String.valueOf(System.nanoTime());
        String renamed = "Đăng ký thành lập hộ kinh doanh (sửa đổi " + stamp + ")";
        String added = "9." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        List<NationalProcedure> listing = changed(HOUSEHOLD_BUSINESS, p -> withName(p, renamed));
        listing.add(new NationalProcedure(added, "Thủ tục mới của Bộ Tư pháp", "99/QĐ-BTP", "Hộ tịch",
                "Công dân Việt Nam", "Giấy xác nhận", null, "bo-tu-phap", "https://dichvucong.gov.vn/x", List.of("Cấp xã")));
        simulator.serve(listing);

        SyncRun run = national.syncNow();

        assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.DONE);
        assertThat(run.served()).isEqualTo(LISTED + 1);
        assertThat(run.newCount()).isEqualTo(1);
        assertThat(run.changedCount()).isEqualTo(1);
        assertThat(run.unchangedCount()).isEqualTo(LOCAL - 1);
        NationalEntry changed = national.entry(HOUSEHOLD_BUSINESS);
        assertThat(changed.status()).isEqualTo(NationalStatus.CHANGED);
        assertThat(changed.changes()).containsExactly(
                new FieldChange("name", "Đăng ký thành lập hộ kinh doanh", renamed));
        assertThat(national.entry(added).status()).isEqualTo(NationalStatus.NEW);
        assertThat(national.entry(HOUSEHOLD_BUSINESS_CHANGE).status()).isEqualTo(NationalStatus.UNCHANGED);
        assertThat(national.list(NationalStatus.CHANGED, "SỬA ĐỔI " + stamp, 1))
                .extracting(e -> e.procedure().code()).containsExactly(HOUSEHOLD_BUSINESS);
        assertThat(national.newProcedureForm(added).name()).isEqualTo("Thủ tục mới của Bộ Tư pháp");
        assertThat(national.newProcedureForm(added).level()).isEqualTo("commune");
    }

    @Test
    void aProcedureListedTwiceIsKeptOnceAndWhatIsPastTheLimitsIsSkipped() {
        inStep();
        simulator.setMode(SimulatorMode.DUPLICATE);
        SyncRun twice = national.syncNow();
        assertThat(twice.served()).isEqualTo(LISTED);
        assertThat(twice.newCount() + twice.changedCount()).isZero();
        assertThat(twice.unchangedCount()).isEqualTo(LOCAL);

        simulator.setMode(SimulatorMode.UP);
        List<NationalProcedure> listing = new ArrayList<>(simulator.bundled());
        listing.add(new NationalProcedure("<script>", "Mã sai", null, null, null, null, null, null, null,
                List.of("Cấp xã")));
        listing.add(new NationalProcedure("9.000001", "x".repeat(20_001), null, null, null, null, null, null, null,
                List.of("Cấp xã")));
        simulator.serve(listing);
        SyncRun limited = national.syncNow();
        assertThat(limited.skippedCount()).isEqualTo(2);
        assertThat(limited.served()).isEqualTo(LISTED);
        assertThat(limited.newCount()).isZero();
    }

    @Test
    void whileTheDatabaseIsDownOrSlowASyncChangesNothingAndSaysSo() {
        inStep();
        NationalEntry before = national.entry(HOUSEHOLD_BUSINESS);
        simulator.serve(changed(HOUSEHOLD_BUSINESS, p -> withName(p, "Tên khác " + System.nanoTime())));
        for (SimulatorMode mode : List.of(SimulatorMode.DOWN, SimulatorMode.SLOW)) {
            simulator.setMode(mode);
            SyncRun run = national.syncNow();
            assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.UNAVAILABLE);
            assertThat(run.error()).isNotBlank();
            assertThat(national.entry(HOUSEHOLD_BUSINESS)).isEqualTo(before);
            assertThat(national.recentRuns().getFirst()).isEqualTo(run);
        }
        simulator.setMode(SimulatorMode.UP);
        assertThat(national.syncNow().changedCount()).isEqualTo(1);
    }

    @Test
    void adoptingAChangePublishesTheNextVersionAndCounts12FromTheDecisionToThePublication() throws Exception {
        inStep();
        String stamp = String.valueOf(System.nanoTime());
        // The result document changes, not the name: other tests find these procedures by their names.
        simulator.serve(changed(HOUSEHOLD_BUSINESS_CHANGE, p -> withResult(p, p.result() + " (" + stamp + ")"),
                HOUSEHOLD_BUSINESS, p -> withResult(p, p.result() + " (" + stamp + ")")));
        inStep();
        int before = catalog.inForce(HOUSEHOLD_BUSINESS).version();
        assertThatThrownBy(() -> national.adopt(HOUSEHOLD_BUSINESS, new Adoption("", "", "", "")))
                .isInstanceOf(UserInputException.class);

        // Decisions signed on Friday 2 October 2026. Five working days later, the weekend skipped: Friday 9.
        clock.setLocal(LocalDateTime.of(2026, 10, 9, 16, 0));
        Procedure onTime = national.adopt(HOUSEHOLD_BUSINESS,
                new Adoption("A" + stamp + "/QĐ-UBND", "2026-10-02", "2026-10-02", ""));
        clock.setLocal(LocalDateTime.of(2026, 10, 12, 8, 30));
        national.adopt(HOUSEHOLD_BUSINESS_CHANGE, new Adoption("B" + stamp + "/QĐ-UBND", "02/10/2026", "02/10/2026", ""));

        assertThat(onTime.version()).isEqualTo(before + 1);
        assertThat(onTime.content().result().document()).endsWith("(" + stamp + ")");
        assertThat(onTime.content().decision().number()).isEqualTo("A" + stamp + "/QĐ-UBND");
        assertThat(catalog.inForce(HOUSEHOLD_BUSINESS).versionId()).isEqualTo(onTime.versionId());
        assertThat(national.entry(HOUSEHOLD_BUSINESS).status()).isEqualTo(NationalStatus.UNCHANGED);
        assertThatThrownBy(() -> national.adopt(HOUSEHOLD_BUSINESS, new Adoption("C/QĐ-UBND", "2026-10-12",
                "2026-10-12", ""))).isInstanceOf(UserInputException.class);

        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 10, 12);
        Await.until(() -> line(from, to, HOUSEHOLD_BUSINESS_CHANGE) != null && line(from, to, HOUSEHOLD_BUSINESS) != null);
        assertThat(line(from, to, HOUSEHOLD_BUSINESS).meets()).isTrue();
        DrillDownLine late = line(from, to, HOUSEHOLD_BUSINESS_CHANGE);
        assertThat(late.meets()).isFalse();
        assertThat(late.reason().key()).isEqualTo("index.reason.publishedLate");
    }

    /** A sync of the bundled listing, which must succeed: what the test changes is compared with it. */
    private void inStep() {
        assertThat(national.syncNow().outcome()).isEqualTo(SyncRun.Outcome.DONE);
    }

    private DrillDownLine line(LocalDate from, LocalDate to, String code) {
        return drillDown.of(null, from, to, Criterion.PUBLISHED_ON_TIME, 0, 10_000).lines().stream()
                .filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    /** The bundled listing with the procedure {@code code} changed by {@code change} (and a second one). */
    private List<NationalProcedure> changed(String code, UnaryOperator<NationalProcedure> change) {
        return changed(code, change, null, null);
    }

    private List<NationalProcedure> changed(String code, UnaryOperator<NationalProcedure> change, String other,
            UnaryOperator<NationalProcedure> otherChange) {
        return new ArrayList<>(simulator.bundled().stream().map(p -> p.code().equals(code) ? change.apply(p)
                : p.code().equals(other) ? otherChange.apply(p) : p).toList());
    }

    private static NationalProcedure withResult(NationalProcedure p, String result) {
        return new NationalProcedure(p.code(), p.name(), p.decision(), p.field(), p.applicants(), result,
                p.resultCode(), p.ministry(), p.source(), p.levels());
    }

    private static NationalProcedure withName(NationalProcedure p, String name) {
        return new NationalProcedure(p.code(), name, p.decision(), p.field(), p.applicants(), p.result(),
                p.resultCode(), p.ministry(), p.source(), p.levels());
    }
}
