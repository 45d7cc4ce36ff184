/** Astronomy and lunar month layout behind {@link vn.motcua.calendar.VietnameseLunarCalendar}. */
package vn.motcua.calendar.internal;
