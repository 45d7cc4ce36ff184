package vn.motcua.login;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.login.internal.AuditRepository;
import vn.motcua.login.internal.ThrottleRepository;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.UserInputException;

/**
 * Failed logins (đăng nhập sai) per account and per client address: whether a login is held, the
 * counting of failures, the holds an administrator sees and lifts, and the audit. {@link LoginGuard}
 * asks it around each password check.
 */
@Service
@EnableConfigurationProperties(LoginSettings.class)
public class LoginAttempts {

    /** Audit entries per page; the page number is bounded so the offset stays cheap and sane. */
    private static final int AUDIT_PAGE_SIZE = 50;
    private static final int MAX_AUDIT_PAGE = 10_000;
    /** The holds page shows at most this many, the latest ending first. */
    private static final int MAX_HOLDS_SHOWN = 200;

    private final ThrottleRepository throttles;
    private final AuditRepository audit;
    private final LoginSettings settings;
    private final Clock clock;

    LoginAttempts(ThrottleRepository throttles, AuditRepository audit, LoginSettings settings, Clock clock) {
        this.throttles = throttles;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The refusal of a login, when its account or its client address is held now; audited. */
    @Transactional
    public Optional<LoginRefusedException> refusal(LoginScope scope, String username, String client) {
        Instant now = clock.instant();
        Optional<Instant> until = throttles.heldUntil(scope, subject(username), address(client), now);
        until.ifPresent(ignored -> write(now, LoginEvent.HELD, scope, username, client, null));
        return until.map(retryAt -> new LoginRefusedException(retryAt, now));
    }

    /** Counts a failure against the account and the client address, holds them past a threshold, audits it. */
    @Transactional
    public void failed(LoginScope scope, String username, String client, LoginEvent reason) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(settings.forgetAfter());
        count(scope, subject(username), now, forgetBefore);
        count(LoginScope.CLIENT, address(client), now, forgetBefore);
        write(now, reason, scope, username, client, null);
        throttles.dropForgotten(forgetBefore, now);
    }

    /** A correct password clears the account's counter; the client's stays (see the package notes). */
    @Transactional
    public void succeeded(LoginScope scope, String username) {
        throttles.clear(scope, subject(username));
    }

    /** Accounts and client addresses held now, the latest ending first. */
    @Transactional(readOnly = true)
    public List<LoginBlock> holds() {
        return throttles.held(clock.instant(), MAX_HOLDS_SHOWN);
    }

    /**
     * Lifts a hold (mở khoá) and clears its counter; audited with the administrator's name.
     *
     * @throws UserInputException when that account or address is not held now
     */
    @Transactional
    public LoginBlock lift(LoginScope scope, String subject, String administrator) {
        Instant now = clock.instant();
        LoginBlock held = throttles.find(scope, subject == null ? "" : subject)
                .filter(block -> block.until() != null && block.until().isAfter(now))
                .orElseThrow(() -> new UserInputException("subject", "logins.unlock.notHeld"));
        throttles.clear(scope, held.subject());
        boolean account = scope.isAccount();
        write(now, LoginEvent.UNLOCKED, scope, account ? held.subject() : null, account ? null : held.subject(),
                administrator);
        return held;
    }

    /**
     * One page of the audit, newest first; pages count from 1, as every list of the product does.
     *
     * @throws UserInputException when the page is below 1 or past {@link #MAX_AUDIT_PAGE}
     */
    @Transactional(readOnly = true)
    public LoginAuditPage audit(int page) {
        if (page < 1 || page > MAX_AUDIT_PAGE) {
            throw new UserInputException("page", "logins.audit.page", MAX_AUDIT_PAGE);
        }
        List<LoginAuditEntry> entries = audit.newest((long) (page - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE + 1);
        boolean hasNext = entries.size() > AUDIT_PAGE_SIZE;
        return new LoginAuditPage(hasNext ? entries.subList(0, AUDIT_PAGE_SIZE) : entries, page, hasNext);
    }

    private void count(LoginScope scope, String subject, Instant now, Instant forgetBefore) {
        int failures = throttles.countFailure(scope, subject, now, forgetBefore);
        Optional<LoginSettings.Hold> hold = settings.holdAfter(scope, failures, now);
        throttles.hold(scope, subject, hold.map(LoginSettings.Hold::until).orElse(null),
                hold.map(LoginSettings.Hold::locked).orElse(false));
    }

    private void write(Instant at, LoginEvent event, LoginScope scope, String username, String client,
            String actor) {
        audit.append(new LoginAuditEntry(0, at, event, scope, username == null ? null : typed(username),
                client == null ? null : address(client), actor));
    }

    /** The username as counted: one counter however it is capitalised or padded. */
    static String subject(String username) {
        return typed(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String client) {
        return client == null ? "unknown" : typed(client);
    }

    /** What a client typed, storable: control characters (NUL included) shown as '?', and bounded. */
    private static String typed(String text) {
        String printable = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > InputLimits.NAME ? printable.substring(0, InputLimits.NAME) : printable;
    }
}
