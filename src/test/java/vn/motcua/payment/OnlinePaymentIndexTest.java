package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.web.portal.PortalFixtures;

/**
 * Group 4 of the index measured from real payments (INDEX-766.md): 4.1 counts a dossier paid through the
 * national platform and not one paid at the counter; 4.2 a procedure with such a dossier; 4.3 a procedure
 * whose unit has a collection account. Points: 4.1 = 6 × A, 4.2 = min(2, 2.5 × B), 4.3 = min(2, 2.5 × C).
 */
@MotcuaIntegrationTest
class OnlinePaymentIndexTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DossierFixtures dossiers;
    @Autowired
    Payments payments;
    @Autowired
    CollectionAccounts accounts;
    @Autowired
    IndexDrillDown drillDown;
    @Autowired
    IndexQueries index;

    @Test
    void aDossierPaidOnlineCountsIn41AndItsProcedureIn42ButOnePaidAtTheCounterDoesNot() throws Exception {
        DossierView online = received();
        DossierView counter = received();
        DossierView unpaid = received();
        payments.recordCounterPayment(counter.code(), PaymentChannel.COUNTER_CARD, "THE-0001",
                dossiers.officer("tiepnhan"));
        payOnline(online);

        Await.until(() -> line(Criterion.DOSSIERS_PAID_ONLINE, online.code()).map(DrillDownLine::meets).orElse(false));
        assertThat(line(Criterion.DOSSIERS_PAID_ONLINE, counter.code())).hasValueSatisfying(l -> assertThat(l.meets()).isFalse());
        assertThat(line(Criterion.DOSSIERS_PAID_ONLINE, unpaid.code())).hasValueSatisfying(l -> assertThat(l.meets()).isFalse());
        assertThat(procedureLine(Criterion.PROCEDURES_PAID_ONLINE, online.competentUnit()))
                .hasValueSatisfying(l -> assertThat(l.meets()).isTrue());

        CriterionScore a = score(Criterion.DOSSIERS_PAID_ONLINE);
        assertThat(a.numerator()).isPositive().isLessThan(a.denominator());
        assertThat(a.score()).isEqualByComparingTo(points(6, a, BigDecimal.ONE));
        CriterionScore b = score(Criterion.PROCEDURES_PAID_ONLINE);
        assertThat(b.score()).isEqualByComparingTo(points(2, b, new BigDecimal("1.25")));
    }

    @Test
    void aProcedureIsIntegratedWhileItsUnitHasACollectionAccount() {
        String unit = received().competentUnit();
        CollectionAccount account = accounts.of(unit).orElseThrow();
        assertThat(procedureLine(Criterion.PAYMENT_INTEGRATED, unit)).hasValueSatisfying(l -> assertThat(l.meets()).isTrue());
        try {
            accounts.remove(unit);
            assertThat(procedureLine(Criterion.PAYMENT_INTEGRATED, unit))
                    .hasValueSatisfying(l -> assertThat(l.meets()).isFalse());
        } finally {
            accounts.save(account, "test");
        }
        CriterionScore c = score(Criterion.PAYMENT_INTEGRATED);
        assertThat(c.score()).isEqualByComparingTo(points(2, c, new BigDecimal("1.25")));
    }

    private DossierView received() {
        return dossiers.receiveNotaryCard(PortalFixtures.newIdNumber(), "Lò Văn Chỉ Số");
    }

    /** Pays the dossier's fees online as the platform's result would record it, through the public face. */
    private void payOnline(DossierView d) throws Exception {
        String payerPage = payments.startOnline(d.code(), "127.0.0.1", d.applicant().idNumber());
        new PayerBrowser().decide(payerPage, "PAY", "NONE");
        assertThat(payments.paidOnline(d.code())).isTrue();
    }

    private Optional<DrillDownLine> line(Criterion criterion, String code) {
        LocalDate today = LocalDate.now(VIETNAM);
        return drillDown.of(null, today, today, criterion, 0, 1_000_000).lines().stream()
                .filter(l -> l.code().equals(code)).findFirst();
    }

    private Optional<DrillDownLine> procedureLine(Criterion criterion, String unit) {
        LocalDate today = LocalDate.now(VIETNAM);
        return drillDown.of(unit, today, today, criterion, 0, 1_000_000).lines().stream()
                .filter(l -> l.code().equals(DossierFixtures.NOTARY_CARD)).findFirst();
    }

    private CriterionScore score(Criterion criterion) {
        LocalDate today = LocalDate.now(VIETNAM);
        return index.report(null, today, today).criterion(criterion);
    }

    /** max × min(1, factor × ratio), two decimals half-up, from the tally's own integers. */
    private static BigDecimal points(int max, CriterionScore s, BigDecimal factor) {
        BigDecimal ratio = BigDecimal.valueOf(s.numerator()).multiply(factor)
                .divide(BigDecimal.valueOf(s.denominator()), 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return ratio.multiply(BigDecimal.valueOf(max)).setScale(2, RoundingMode.HALF_UP);
    }
}
