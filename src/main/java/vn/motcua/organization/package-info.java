/**
 * Organisation (tổ chức): the province's units with their electronic identifiers (mã định danh
 * điện tử, Decision 20/2020/QĐ-TTg), its officers and their roles, and the working calendar the
 * province keeps (the rules of {@code calendar} plus the days an administrator swaps each year), and
 * officers' personal API tokens (mã truy cập API).
 *
 * <p>API tokens are stored as the SHA-256 of a 256-bit random secret, not with the password hash: a
 * secret that cannot be guessed needs no slow hash, and a fast one lets every API call find its token
 * with one index look-up. The token acts as its officer, so it is refused as soon as the officer's
 * account is locked, and its last use is written at most once a minute.
 *
 * <p>When staff change: {@link vn.motcua.organization.Delegations} keeps leaders' delegations (ủy
 * quyền) to a deputy for a period of days, ended but never deleted, so the tracking sheet's "thay mặt"
 * lines keep their reason; {@link vn.motcua.organization.OfficerAvailability} says whether an officer can
 * take work now (enabled, and their login not locked by the {@code login} module), so that no dossier
 * waits on a locked account.
 *
 * <p>Public face: {@link vn.motcua.organization.UnitDirectory}, {@link vn.motcua.organization.OfficerDirectory},
 * {@link vn.motcua.organization.ProvinceCalendar}, {@link vn.motcua.organization.ApiTokens},
 * {@link vn.motcua.organization.Delegations}, {@link vn.motcua.organization.OfficerAvailability} and their
 * value types. Storage, token secrets and the demo province live in {@code internal}.
 */
package vn.motcua.organization;
