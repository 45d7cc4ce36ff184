package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.platform.UserInputException;

/** Issuing, using, expiring and revoking officers' API tokens, on the real database. */
@MotcuaIntegrationTest
class ApiTokensTest {

    private static final AtomicInteger OFFICERS = new AtomicInteger();

    @Autowired
    ApiTokens tokens;
    @Autowired
    OfficerDirectory officers;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSecretIsGivenOnceAndOnlyItsSha256IsStored() throws Exception {
        IssuedApiToken issued = tokens.issue(new ApiTokenForm("tiepnhan", "Máy quét quầy 3", ""), "admin");

        assertThat(issued.secret()).matches("mct_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select secret_sha256 from organization_api_token where id = ?")
                .param(issued.token().id()).query(String.class).single()).isEqualTo(expected);
        String wholeRow = jdbc.sql("select t::text from organization_api_token t where id = ?")
                .param(issued.token().id()).query(String.class).single();
        assertThat(wholeRow).doesNotContain(issued.secret().substring(4));
        assertThat(tokens.all()).filteredOn(t -> t.id() == issued.token().id()).singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo("Máy quét quầy 3");
                    assertThat(t.officer()).isEqualTo("tiepnhan");
                    assertThat(t.createdBy()).isEqualTo("admin");
                    assertThat(t.lastUsedAt()).isNull();
                    assertThat(t.expiresOn()).isNull();
                });
        assertThat(tokens.issue(new ApiTokenForm("tiepnhan", "Máy quét quầy 3", ""), "admin").secret())
                .isNotEqualTo(issued.secret());
    }

    @Test
    void aSecretActsAsItsOfficerWithTheirRoleAndUnit() {
        String secret = tokens.issue(new ApiTokenForm("chuyenvien.tuphap", "Kết nối phần mềm Sở", ""), "admin")
                .secret();

        OfficerPrincipal principal = tokens.authenticate(secret).orElseThrow();
        assertThat(principal.getUsername()).isEqualTo("chuyenvien.tuphap");
        assertThat(principal.unit()).isEqualTo("000.00.02.H18");
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SPECIALIST");
        assertThat(principal.getPassword()).isNull();
    }

    @Test
    void unknownMalformedAndRevokedSecretsOpenNothing() {
        IssuedApiToken issued = tokens.issue(new ApiTokenForm("tiepnhan", "Sẽ thu hồi", ""), "admin");
        String secret = issued.secret();
        char last = secret.charAt(secret.length() - 1);
        String oneCharacterOff = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(tokens.authenticate(oneCharacterOff)).isEmpty();
        assertThat(tokens.authenticate(secret.substring(4))).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate(secret)).isPresent();

        clock.setLocal(LocalDateTime.parse("2026-03-02T09:00"));
        ApiToken revoked = tokens.revoke(issued.token().id(), "admin");
        assertThat(revoked.revokedAt()).isEqualTo(clock.instant());
        assertThat(revoked.stateOn(LocalDate.parse("2026-03-02"))).isEqualTo(ApiToken.State.REVOKED);
        assertThat(tokens.authenticate(secret)).isEmpty();

        clock.setLocal(LocalDateTime.parse("2026-03-03T09:00"));
        assertThat(tokens.revoke(issued.token().id(), "giamsat").revokedAt())
                .as("revoking again keeps the first revocation").isEqualTo(revoked.revokedAt());
        assertThat(jdbc.sql("select revoked_by from organization_api_token where id = ?")
                .param(issued.token().id()).query(String.class).single()).isEqualTo("admin");
    }

    @Test
    void aTokenWorksUntilTheEndOfItsLastDayInTheProvince() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        IssuedApiToken issued = tokens.issue(new ApiTokenForm("tiepnhan", "Đợt nhập hồ sơ tháng 3", "2026-03-05"),
                "admin");
        assertThat(issued.token().expiresOn()).hasToString("2026-03-05");

        clock.setLocal(LocalDateTime.parse("2026-03-05T23:59:59"));
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        clock.setLocal(LocalDateTime.parse("2026-03-06T00:00"));
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.get(issued.token().id()).stateOn(LocalDate.parse("2026-03-06")))
                .isEqualTo(ApiToken.State.EXPIRED);
    }

    @Test
    void aLockedOfficersTokensStopWorkingAndNoneIsIssuedForThem() {
        String username = "nhapho" + OFFICERS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        officers.create(new OfficerForm(username, "Phần mềm nhập hồ sơ", "RECEPTION", "000.00.01.H18", null,
                "mat-khau-dai", true));
        String secret = tokens.issue(new ApiTokenForm(username, "Nhập hồ sơ cũ", ""), "admin").secret();
        assertThat(tokens.authenticate(secret)).isPresent();

        officers.update(username, new OfficerForm(username, "Phần mềm nhập hồ sơ", "RECEPTION", "000.00.01.H18",
                null, "", false));
        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThatThrownBy(() -> tokens.issue(new ApiTokenForm(username, "Mã khác", ""), "admin"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey)
                        .containsExactly("access.token.officer.disabled"));

        officers.update(username, new OfficerForm(username, "Phần mềm nhập hồ sơ", "RECEPTION", "000.00.01.H18",
                null, "", true));
        assertThat(tokens.authenticate(secret)).as("unlocking the account gives the token back").isPresent();
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        IssuedApiToken issued = tokens.issue(new ApiTokenForm("tiepnhan", "Gọi nhiều lần", ""), "admin");
        String secret = issued.secret();
        long id = issued.token().id();
        Instant first = LocalDateTime.parse("2026-03-02T08:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();

        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        tokens.authenticate(secret);
        assertThat(tokens.get(id).lastUsedAt()).isEqualTo(first);
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00:59"));
        tokens.authenticate(secret);
        assertThat(tokens.get(id).lastUsedAt()).isEqualTo(first);
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:01:01"));
        tokens.authenticate(secret);
        assertThat(tokens.get(id).lastUsedAt()).isEqualTo(first.plusSeconds(61));
    }

    @Test
    void aRefusedIssueNamesEveryProblemAtOnce() {
        clock.setLocal(LocalDateTime.parse("2026-03-02T08:00"));
        assertThatThrownBy(() -> tokens.issue(new ApiTokenForm("khong-co-ai", " ", "2026-03-01"), "admin"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::field)
                        .containsExactly("officer", "name", "expiresOn"));
        assertThatThrownBy(() -> tokens.issue(new ApiTokenForm("tiepnhan", "x".repeat(101), "05/03/2026"), "admin"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(UserInputException.Problem::messageKey)
                        .containsExactly("access.token.name.long", "access.token.expiresOn.invalid"));
        assertThat(tokens.issue(new ApiTokenForm("tiepnhan", "Hết hạn hôm nay", "2026-03-02"), "admin").token()
                .expiresOn()).as("today is the earliest last day").hasToString("2026-03-02");
    }
}
