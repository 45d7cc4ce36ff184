package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.UserInputException;

/**
 * The payment module taking part in a dossier's transitions: a new dossier owes its procedure's fees, a
 * financial obligation adds the amount required, a wrong amount refuses the transition, and the index is
 * told what is due.
 */
@MotcuaIntegrationTest
class DossierFeesTest {

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    DossierFees fees;
    @Autowired
    DossierQueries queries;
    @Autowired
    JdbcClient jdbc;

    DossierView processing(String idNumber) {
        DossierView d = fixtures.receiveNotaryCard(idNumber, "Lò Thị Thu");
        return fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep(null));
    }

    long indexedFees(String code) {
        return jdbc.sql("select coalesce(max(fees_due_vnd), -1) from index_dossier_fact where code = ?").param(code)
                .query(Long.class).single();
    }

    @Test
    void aDossierReceivedOwesItsProcedureFeesAndAFinancialObligationAddsToThem() throws Exception {
        DossierView d = processing("011090001501");
        // Cấp thẻ công chứng viên: the catalog states a fee of 100,000 đ.
        assertThat(fees.of(d.code())).extracting(Fee::amountVnd).containsExactly(100_000L);
        Await.until(() -> indexedFees(d.code()) == 100_000);

        DossierView waiting = fixtures.act("chuyenvien.tuphap", d,
                new DossierCommand.RequirePayment(50_000, " Lệ phí cấp thẻ bổ sung "));

        assertThat(waiting.status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(fees.dueVnd(d.code())).isEqualTo(150_000);
        assertThat(fees.latest(d.code())).contains(new Fee("Lệ phí cấp thẻ bổ sung", 50_000));
        Await.until(() -> indexedFees(d.code()) == 150_000);
    }

    @Test
    void anAmountThatIsNotPositiveRefusesTheTransitionAndRecordsNothing() {
        DossierView d = processing("011090001502");

        assertThatThrownBy(() -> fixtures.act("chuyenvien.tuphap", d, new DossierCommand.RequirePayment(0, "Lệ phí")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::field).containsExactly("amountVnd"));
        assertThatThrownBy(() -> fixtures.act("chuyenvien.tuphap", d, new DossierCommand.RequirePayment(10_000, " ")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::field).containsExactly("description"));

        DossierView after = queries.find(d.code()).orElseThrow();
        assertThat(after.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(after.tracking()).hasSameSizeAs(d.tracking());
        assertThat(fees.dueVnd(d.code())).isEqualTo(100_000);
    }
}
