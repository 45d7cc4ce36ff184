package vn.motcua.specialised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.result.ResultDocuments;

/**
 * Household business registration with the business registry, over real HTTP against its simulator: a real
 * dossier of 1.001612 received at a commune's counter goes to the registry, comes back registered, and the
 * certificate becomes its result by the officer's "mark done"; while the registry is down, or answers 500 after
 * taking the filing, the exchange counts its failures, says why, and delivers once the registry is back, filed once.
 */
@MotcuaIntegrationTest
class BusinessRegistrationTest {

    @Autowired BusinessRegistrations registrations;
    @Autowired BusinessRegistrySimulator simulator;
    @Autowired DossierQueries queries;
    @Autowired DossierFixtures fixtures;
    @Autowired ResultDocuments results;
    @Autowired HouseholdBusinessFixtures households;

    @AfterEach
    void restore() {
        simulator.setMode(SimulatorMode.UP);
    }

    @Test
    void aHouseholdBusinessDossierIsRegisteredAndTheCertificateBecomesItsResult() throws Exception {
        DossierView d = households.atLastStep(households.received("011090008801", "Lò Văn Khánh"));
        String holder = households.holder(d);
        assertThatThrownBy(() -> registrations.attachCertificate(fixtures.officer(holder), d.code(), d.lockVersion(),
                null)).isInstanceOf(ActionRefusedException.class);

        Exchange sent = registrations.send(fixtures.officer(holder), d.code());
        assertThat(sent.state()).isEqualTo(ExchangeState.QUEUED);
        assertThatThrownBy(() -> registrations.send(fixtures.officer(holder), d.code()))
                .isInstanceOf(ActionRefusedException.class);
        Await.until(() -> state(d.code()) == ExchangeState.REGISTERED);
        Exchange registered = registrations.of(d.code()).orElseThrow();
        assertThat(registered.registrationNumber()).startsWith("H18-HKD-");
        assertThat(registered.reference()).isEqualTo("DKKD-" + d.code());
        assertThat(registered.attempts()).isZero();

        DossierView done = registrations.attachCertificate(fixtures.officer(holder), d.code(),
                queries.find(d.code()).orElseThrow().lockVersion(), "Đã cấp đăng ký");
        assertThat(done.status()).isEqualTo(DossierStatus.DONE);
        assertThat(state(d.code())).isEqualTo(ExchangeState.ATTACHED);
        assertThat(results.of(done)).singleElement().satisfies(r -> {
            // The result module stamps the certificate (code and QR): a file of its own, named after it.
            assertThat(r.code()).isEqualTo(d.code() + "-KQ1");
            assertThat(r.file().originalName()).contains(registered.registrationNumber());
            assertThat(r.issuedBy()).isEqualTo(holder);
        });
    }

    @Test
    void whileTheRegistryIsDownOrFailsAfterTakingItTheExchangeRetriesAndFilesOnce() throws Exception {
        DossierView d = households.atLastStep(households.received("011090008802", "Cầm Thị Nga"));
        simulator.setMode(SimulatorMode.DOWN);
        registrations.send(fixtures.officer(households.holder(d)), d.code());
        Await.until(() -> registrations.of(d.code()).orElseThrow().attempts() >= 2);
        Exchange failing = registrations.of(d.code()).orElseThrow();
        assertThat(failing.state()).isEqualTo(ExchangeState.QUEUED);
        assertThat(failing.lastError()).contains("503");
        assertThat(failing.nextAttemptAt()).isNotNull();

        simulator.setMode(SimulatorMode.DUPLICATE);
        int before = failing.attempts();
        Await.until(() -> simulator.filingsOf(d.code()) == 1
                && registrations.of(d.code()).orElseThrow().attempts() > before);
        assertThat(state(d.code())).isEqualTo(ExchangeState.QUEUED);

        simulator.setMode(SimulatorMode.UP);
        Await.until(() -> state(d.code()) == ExchangeState.REGISTERED);
        assertThat(simulator.filingsOf(d.code())).isEqualTo(1);
        assertThat(registrations.of(d.code()).orElseThrow().lastError()).isNull();
    }

    @Test
    void onlyAHouseholdBusinessDossierInProcessingGoesToTheRegistry() {
        DossierView notary = fixtures.receiveNotaryCard("011090008803", "Quàng Văn Páo");
        assertThatThrownBy(() -> registrations.send(fixtures.officer("tiepnhan"), notary.code()))
                .isInstanceOf(ActionRefusedException.class);
        DossierView justReceived = households.received("011090008804", "Lò Thị Ban");
        assertThatThrownBy(() -> registrations.send(fixtures.officer("tiepnhan.dienbienphu"), justReceived.code()))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(registrations.of(justReceived.code())).isEmpty();
    }

    private ExchangeState state(String code) {
        return registrations.of(code).map(Exchange::state).orElse(null);
    }
}
