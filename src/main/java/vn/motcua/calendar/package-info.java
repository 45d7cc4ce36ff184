/**
 * Working-time calendar (lịch làm việc) of the province: office hours, public holidays of Labour
 * Code 2019 art. 112 (lunar ones from the Vietnamese lunar calendar at UTC+7), substitute days,
 * per-year overrides, and deadline arithmetic that explains which days it skipped and why.
 *
 * <p>Plain Java, no framework. Start with {@link vn.motcua.calendar.WorkingCalendar}; the
 * {@code internal} sub-package holds the astronomy and is not for other modules.
 */
package vn.motcua.calendar;
