package vn.motcua.login;

/**
 * What a counter, a hold or an audit entry is about: the accounts behind one login door (officers:
 * the {@code /login} form and HTTP Basic on {@code /api/**}; applicants: {@code /account/login}),
 * or a client address across all doors.
 */
public enum LoginScope {
    OFFICER, APPLICANT, CLIENT;

    /** Whether this scope names a kind of account, as opposed to a client address. */
    public boolean isAccount() {
        return this != CLIENT;
    }
}
