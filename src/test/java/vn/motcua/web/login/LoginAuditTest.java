package vn.motcua.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.motcua.web.login.LoginDriver.PASSWORD;
import static vn.motcua.web.login.LoginDriver.newAddress;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.login.LoginAuditEntry;
import vn.motcua.login.LoginEvent;
import vn.motcua.login.LoginScope;

/** Every failed or refused login leaves a line: who (the username typed), from where, when and why. */
@MotcuaIntegrationTest
class LoginAuditTest extends LoginTestBase {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachFailureIsAuditedWithItsReasonAndASuccessIsNot() throws Exception {
        String officer = LoginDriver.newOfficer(officers);
        String unknown = LoginDriver.unique("khongco.");
        String address = newAddress();
        browser.fail(address, officer, 1);
        browser.fail(address, unknown, 1);
        officers.update(officer, new vn.motcua.organization.OfficerForm(officer, "Lò Thị Thu", "RECEPTION",
                "000.02.31.H18", null, "", false));
        browser.fail(address, officer, 3);
        assertThat(browser.logIn(address, officer, PASSWORD)).as("disabled").isEqualTo("/login?error");
        browser.fail(address, unknown, 4);
        assertThat(browser.logIn(address, unknown, PASSWORD)).as("held after 5").isEqualTo("/login?error");

        assertThat(logins.audit(1).entries().stream().filter(e -> address.equals(e.client())).toList().reversed())
                .extracting(LoginAuditEntry::event, LoginAuditEntry::scope, LoginAuditEntry::username, e -> local(e))
                .containsExactly(
                        tuple(LoginEvent.BAD_PASSWORD, LoginScope.OFFICER, officer, LoginDriver.NINE_AM),
                        tuple(LoginEvent.UNKNOWN_ACCOUNT, LoginScope.OFFICER, unknown, at(2)),
                        tuple(LoginEvent.DISABLED_ACCOUNT, LoginScope.OFFICER, officer, at(4)),
                        tuple(LoginEvent.DISABLED_ACCOUNT, LoginScope.OFFICER, officer, at(6)),
                        tuple(LoginEvent.DISABLED_ACCOUNT, LoginScope.OFFICER, officer, at(8)),
                        tuple(LoginEvent.DISABLED_ACCOUNT, LoginScope.OFFICER, officer, at(8)),
                        tuple(LoginEvent.UNKNOWN_ACCOUNT, LoginScope.OFFICER, unknown, at(10)),
                        tuple(LoginEvent.UNKNOWN_ACCOUNT, LoginScope.OFFICER, unknown, at(12)),
                        tuple(LoginEvent.UNKNOWN_ACCOUNT, LoginScope.OFFICER, unknown, at(14)),
                        tuple(LoginEvent.UNKNOWN_ACCOUNT, LoginScope.OFFICER, unknown, at(16)),
                        tuple(LoginEvent.HELD, LoginScope.OFFICER, unknown, at(16)));
    }

    @Test
    void aUsernameWithControlCharactersOrOfAnyLengthIsAnOrdinaryFailureAuditedReadably() throws Exception {
        String address = newAddress();
        String hostile = "ad\u0000min\u001b[31m" + "x".repeat(100_000);
        assertThat(browser.logIn(address, hostile, PASSWORD)).isEqualTo("/login?error");
        LoginAuditEntry entry = logins.audit(1).entries().getFirst();
        assertThat(entry.client()).isEqualTo(address);
        assertThat(entry.username()).startsWith("ad?min?[31mxxx").hasSize(200);
        assertThat(entry.event()).isEqualTo(LoginEvent.UNKNOWN_ACCOUNT);
    }

    @Test
    void theAuditCannotBeChangedOrEmptied() {
        assertThatThrownBy(() -> jdbc.sql("update login_audit set username = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from login_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate login_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private static LocalDateTime at(int minutes) {
        return LoginDriver.NINE_AM.plusMinutes(minutes);
    }

    private static LocalDateTime local(LoginAuditEntry entry) {
        return LocalDateTime.ofInstant(entry.at(), VIETNAM);
    }
}
