package vn.motcua.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.CalendarOverride;
import vn.motcua.calendar.CalendarOverrides;
import vn.motcua.calendar.DayKind;

/** The days administrators swapped, in {@code organization_calendar_override}; the calendar reads them per year. */
@Repository
public class CalendarOverrideRepository implements CalendarOverrides {

    private final JdbcClient jdbc;

    CalendarOverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarOverride> forYear(int year) {
        return jdbc.sql("select day, kind, name from organization_calendar_override "
                        + "where day >= ? and day < ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, row) -> new CalendarOverride(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    public void save(CalendarOverride override, String username) {
        jdbc.sql("""
                insert into organization_calendar_override (day, kind, name, updated_by) values (?, ?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                       updated_by = excluded.updated_by, updated_at = now()""")
                .params(override.date(), override.kind().name(), override.name(), username)
                .update();
    }

    public boolean delete(LocalDate day) {
        return jdbc.sql("delete from organization_calendar_override where day = ?").param(day).update() > 0;
    }
}
