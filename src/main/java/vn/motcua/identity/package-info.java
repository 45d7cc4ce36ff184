/**
 * Identity: accounts of applicants (tài khoản người dân, doanh nghiệp) on the public portal.
 *
 * <p>Public face: {@link vn.motcua.identity.ApplicantAccounts} (register, change password, the
 * log-in look-up), {@link vn.motcua.identity.ApplicantAccount}, {@link vn.motcua.identity.Registration}
 * and {@link vn.motcua.identity.ApplicantPrincipal}, the logged-in applicant.
 *
 * <p>Why this shape: the login name is a username of the account's own; the ID number typed at
 * registration (số định danh cá nhân, mã số thuế) proves nothing, since anyone can type anyone's, so
 * several accounts may carry it and the dossier module lists only dossiers the account proved its link
 * to. {@code verified} is set only by a national identity (VNeID, issue 12). Accounts are kept apart from officers on purpose: their own table, their own
 * log-in service that is <em>not</em> a {@code UserDetailsService} bean (the officers' is the only
 * one), wired by the web layer into a filter chain of its own. The national SSO (VNeID) will attach
 * to the account's surrogate id; a password is therefore optional in the table.
 */
package vn.motcua.identity;
