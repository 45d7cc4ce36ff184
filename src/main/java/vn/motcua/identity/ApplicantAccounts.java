package vn.motcua.identity;

import java.time.Clock;
import java.util.Optional;
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

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    ApplicantAccounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Opens an account. An ID number that already has one is refused with a message that says only
     * that, never whose it is or how to reach them.
     *
     * @throws UserInputException with every problem of the form at once
     */
    @Transactional
    public ApplicantAccount register(Registration form) {
        Problems problems = new Problems();
        form.check(problems);
        problems.throwIfAny();
        String idNumber = form.normalisedIdNumber();
        if (accounts.find(idNumber).isPresent()) {
            throw taken();
        }
        try {
            return accounts.insert(form.type(), idNumber, form.fullName().strip(), blankToNull(form.email()),
                    form.phone().strip(), passwords.encode(form.password()), clock.instant());
        } catch (DuplicateKeyException sameMoment) {
            throw taken();
        }
    }

    /**
     * @throws UserInputException when the current password is wrong or the new one breaks the rules
     */
    @Transactional
    public void changePassword(String idNumber, String current, String replacement, String confirmation) {
        String hash = accounts.passwordHash(idNumber).orElse(null);
        Problems problems = new Problems();
        problems.when(hash == null || current == null || !passwords.matches(current, hash), "currentPassword",
                "identity.password.currentWrong");
        Passwords.check(replacement, confirmation, idNumber, "newPassword", problems);
        problems.throwIfAny();
        accounts.updatePasswordHash(idNumber, passwords.encode(replacement));
    }

    public Optional<ApplicantAccount> find(String idNumber) {
        return accounts.find(idNumber);
    }

    /**
     * The look-up the applicants' log-in form uses. Deliberately not a bean: the officers' accounts
     * are the application's only {@code UserDetailsService}, and each filter chain names its own.
     */
    public UserDetailsService loginLookup() {
        return idNumber -> accounts.find(Registration.normalise(idNumber))
                .flatMap(account -> accounts.passwordHash(account.idNumber())
                        .map(hash -> new ApplicantPrincipal(account, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("No applicant account with a password"));
    }

    private static UserInputException taken() {
        return new UserInputException("idNumber", "identity.idNumber.taken");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
