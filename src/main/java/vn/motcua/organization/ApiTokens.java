package vn.motcua.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.organization.internal.ApiTokenRepository;
import vn.motcua.organization.internal.ApiTokenSecrets;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;

/**
 * Officers' personal API tokens (mã truy cập API): an administrator issues one for any officer, the
 * officer's tools send it as {@code Authorization: Bearer …} and act with that officer's role and unit
 * until it expires or is revoked. The secret is shown once; only its SHA-256 is stored.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME_LENGTH = 100;
    /** A busy client calls many times a minute; recording each call would turn every read into a write. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final OfficerDirectory officers;
    private final ProvinceCalendar calendar;
    private final Clock clock;
    private final ApiTokenSecrets secrets = new ApiTokenSecrets();

    ApiTokens(ApiTokenRepository tokens, OfficerDirectory officers, ProvinceCalendar calendar, Clock clock) {
        this.tokens = tokens;
        this.officers = officers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every token, newest first. */
    public List<ApiToken> all() {
        return tokens.findAll();
    }

    public ApiToken get(long id) {
        return tokens.find(id).orElseThrow(() -> new NotFoundException("access.token.notFound", id));
    }

    /**
     * Issues a token for an enabled officer.
     *
     * @param issuedBy username of the administrator, kept with the token
     * @return the token and its secret, which cannot be read again
     */
    @Transactional
    public IssuedApiToken issue(ApiTokenForm form, String issuedBy) {
        Problems problems = form.limits(new Problems());
        Optional<Officer> officer = officers.find(form.officer());
        problems.when(officer.isEmpty(), "officer", "access.token.officer.unknown");
        problems.when(officer.isPresent() && !officer.get().enabled(), "officer", "access.token.officer.disabled",
                form.officer());
        String name = form.name() == null ? "" : form.name().strip();
        problems.when(name.isEmpty(), "name", "access.token.name.required");
        problems.when(name.length() > MAX_NAME_LENGTH, "name", "access.token.name.long", MAX_NAME_LENGTH);
        LocalDate expiresOn = parseExpiry(form.expiresOn(), problems);
        problems.throwIfAny();
        String secret = secrets.newSecret();
        ApiToken token = tokens.insert(officer.get().username(), name, expiresOn, ApiTokenSecrets.sha256(secret),
                clock.instant(), issuedBy);
        return new IssuedApiToken(token, secret);
    }

    /** Revokes a token for good; revoking it again changes nothing. */
    @Transactional
    public ApiToken revoke(long id, String revokedBy) {
        get(id);
        tokens.revoke(id, clock.instant(), revokedBy);
        return get(id);
    }

    /**
     * The officer a secret acts as, if it is a token in force (not revoked, not expired) of an officer
     * who may still log in. The principal carries no password hash: a token is not a password.
     */
    public Optional<OfficerPrincipal> authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        LocalDate today = calendar.now().toLocalDate();
        Optional<ApiToken> token = tokens.findBySecretSha256(ApiTokenSecrets.sha256(secret))
                .filter(t -> t.stateOn(today) == ApiToken.State.ACTIVE);
        Optional<Officer> officer = token.flatMap(t -> officers.find(t.officer())).filter(Officer::enabled);
        officer.ifPresent(o -> recordUse(token.get()));
        return officer.map(o -> new OfficerPrincipal(o, null));
    }

    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        Instant recentEnough = now.minus(LAST_USED_PRECISION);
        if (token.lastUsedAt() == null || !token.lastUsedAt().isAfter(recentEnough)) {
            tokens.markUsed(token.id(), now, recentEnough);
        }
    }

    private LocalDate parseExpiry(String text, Problems problems) {
        if (!StringUtils.hasText(text)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            problems.when(date.isBefore(calendar.now().toLocalDate()), "expiresOn", "access.token.expiresOn.past");
            return date;
        } catch (DateTimeParseException e) {
            problems.add("expiresOn", "access.token.expiresOn.invalid", text);
            return null;
        }
    }
}
