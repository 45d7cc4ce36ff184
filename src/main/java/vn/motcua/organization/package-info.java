/**
 * Organisation (tổ chức): the province's units with their electronic identifiers (mã định danh
 * điện tử, Decision 20/2020/QĐ-TTg), its officers and their roles, and the working calendar the
 * province keeps (the rules of {@code calendar} plus the days an administrator swaps each year).
 *
 * <p>Public face: {@link vn.motcua.organization.UnitDirectory}, {@link vn.motcua.organization.OfficerDirectory},
 * {@link vn.motcua.organization.ProvinceCalendar} and their value types. Storage and the demo
 * province live in {@code internal}.
 */
package vn.motcua.organization;
