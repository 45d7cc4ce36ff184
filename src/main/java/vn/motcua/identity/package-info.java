/**
 * Identity: accounts of applicants (tài khoản người dân, doanh nghiệp) on the public portal.
 *
 * <p>Public face: {@link vn.motcua.identity.ApplicantAccounts} (register, change password, the
 * log-in look-up), {@link vn.motcua.identity.ApplicantAccount}, {@link vn.motcua.identity.Registration}
 * and {@link vn.motcua.identity.ApplicantPrincipal}, the logged-in applicant.
 * {@link vn.motcua.identity.IdNumberMeaning} reads what a personal ID number says (province of birth
 * registration, century and sex, year of birth) for checks against what was typed beside it.
 *
 * <p>Why this shape: the login name is a username of the account's own; the ID number typed at
 * registration (số định danh cá nhân, mã số thuế) proves nothing, since anyone can type anyone's, so
 * several accounts may carry it and the dossier module lists only dossiers the account proved its link
 * to. {@code verified} is set only by a national identity (VNeID, issue 12). Accounts are kept apart from officers on purpose: their own table, their own
 * log-in service that is <em>not</em> a {@code UserDetailsService} bean (the officers' is the only
 * one), wired by the web layer into a filter chain of its own. A VNeID login
 * ({@link vn.motcua.identity.ApplicantAccounts#logInWithVneid}) opens or finds the one account verified
 * for the ID number VNeID vouched for, without a password; an unverified password account with the same
 * number is never taken over. {@link vn.motcua.identity.VneidSimulator} holds the demo VNeID's people; the
 * web layer serves it as an OpenID Connect provider.
 */
package vn.motcua.identity;
