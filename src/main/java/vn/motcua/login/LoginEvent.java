package vn.motcua.login;

/** Why an audit entry was written (lý do). */
public enum LoginEvent {
    /** A known account, a wrong password (or one too long to be any account's). */
    BAD_PASSWORD,
    /** No account of that name: counted and answered like a wrong password. */
    UNKNOWN_ACCOUNT,
    /** The account is disabled; answered like a wrong password. */
    DISABLED_ACCOUNT,
    /** Refused unchecked: the account or the client address was slowed down or locked. */
    HELD,
    /** An administrator lifted a hold. */
    UNLOCKED
}
