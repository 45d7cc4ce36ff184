package vn.motcua.identity;

import java.time.Clock;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.internal.AccountRepository;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/** Tài khoản người dân, doanh nghiệp: opening one, changing its password, and the look-up for log-in. */
@Service
public class ApplicantAccounts {

    /**
     * Usernames of accounts opened by VNeID: the colon is outside what registration accepts, so no one can
     * register one beforehand.
     */
    static final String VNEID_USERNAME_PREFIX = "vneid:";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    ApplicantAccounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Opens an account. Any ID number may be registered, however many accounts already carry it: it
     * grants nothing by itself, so it must never lock its real owner out. Only the username is unique.
     *
     * @throws UserInputException with every problem of the form at once
     */
    @Transactional
    public ApplicantAccount register(Registration form) {
        Problems problems = new Problems();
        form.check(problems);
        problems.throwIfAny();
        String username = form.normalisedUsername();
        if (accounts.findByUsername(username).isPresent()) {
            throw taken();
        }
        try {
            return accounts.insert(username, form.type(), form.normalisedIdNumber(), form.fullName().strip(),
                    blankToNull(form.email()), form.phone().strip(), passwords.encode(form.password()),
                    clock.instant());
        } catch (DuplicateKeyException sameMoment) {
            throw taken();
        }
    }

    /**
     * Logs in with VNeID: the account verified for the ID number VNeID vouched for, opened on the first
     * login. An unverified account that merely typed the same number is never taken over: anyone may have
     * typed it, and its password would then open the real owner's dossiers.
     */
    @Transactional
    public ApplicantPrincipal logInWithVneid(VneidIdentity identity) {
        ApplicantAccount account = accounts.findVerified(identity.idNumber()).orElseGet(() -> open(identity));
        return new ApplicantPrincipal(account, null);
    }

    private ApplicantAccount open(VneidIdentity identity) {
        return accounts.insertVerified(VNEID_USERNAME_PREFIX + identity.idNumber().toLowerCase(Locale.ROOT),
                        identity.type(), identity.idNumber(), identity.fullName(), clock.instant())
                // A second login of the same person opened it a moment ago.
                .or(() -> accounts.findVerified(identity.idNumber())).orElseThrow();
    }

    /**
     * @throws UserInputException when the current password is wrong or the new one breaks the rules
     */
    @Transactional
    public void changePassword(ApplicantAccount account, String current, String replacement, String confirmation) {
        String hash = accounts.passwordHash(account.id()).orElse(null);
        Problems problems = new Problems();
        problems.when(hash == null || current == null || !passwords.matches(current, hash), "currentPassword",
                "identity.password.currentWrong");
        Passwords.check(replacement, confirmation, account.idNumber(), "newPassword", problems);
        problems.throwIfAny();
        accounts.updatePasswordHash(account.id(), passwords.encode(replacement));
    }

    /**
     * The look-up the applicants' log-in form uses. Deliberately not a bean: the officers' accounts
     * are the application's only {@code UserDetailsService}, and each filter chain names its own.
     */
    public UserDetailsService loginLookup() {
        return username -> accounts.findByUsername(Registration.normaliseUsername(username))
                .flatMap(account -> accounts.passwordHash(account.id())
                        .map(hash -> new ApplicantPrincipal(account, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("No applicant account with a password"));
    }

    private static UserInputException taken() {
        return new UserInputException("username", "identity.username.taken");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
