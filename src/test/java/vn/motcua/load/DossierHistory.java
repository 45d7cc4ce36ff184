package vn.motcua.load;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes dossier rows straight into the {@code dossier} table, far faster than through the service:
 * a fixed set of open dossiers (the work waiting in each unit's inbox) and as much closed history as
 * asked for. Only the parent rows: the inbox never reads steps, components or the tracking sheet.
 *
 * <p>Row {@code i} is reproducible: its code is {@code {unit}-{day}-{nnnn}} with the day {@code i / 2000}
 * days back (from yesterday) and the sequence {@code i % 2000 + 1}, so codes are unique across calls and
 * never meet the codes the application issues today.
 */
final class DossierHistory {

    /** Units whose inboxes hold the open dossiers, with the demo officers who may be holding them. */
    private static final String OPEN_UNITS = """
            (values (0, '000.00.01.H18', array['tiepnhan']),
                    (1, '000.00.02.H18', array['chuyenvien.tuphap', 'lanhdao.tuphap', 'vanthu.tuphap']),
                    (2, '000.00.03.H18', array['chuyenvien.taichinh', 'lanhdao.taichinh', 'vanthu.taichinh']),
                    (3, '000.00.04.H18', array[]::text[]),
                    (4, '000.00.05.H18', array[]::text[]),
                    (5, '000.00.06.H18', array[]::text[]),
                    (6, '000.01.31.H18', array['chuyenvien.dienbienphu', 'lanhdao.dienbienphu']),
                    (7, '000.02.31.H18', array[]::text[]),
                    (8, '000.03.31.H18', array[]::text[]),
                    (9, '000.04.31.H18', array[]::text[])) as u(idx, unit, officers)""";
    static final int OPEN_UNIT_COUNT = 10;

    /** Where dossiers are received: the province centre and the communes' one-stop desks. */
    private static final String RECEIVING = """
            (array['000.00.01.H18', '000.00.01.H18', '000.00.01.H18', '000.01.31.H18', '000.02.31.H18',
                   '000.03.31.H18', '000.04.31.H18', '000.05.31.H18'])[1 + i % 8]""";

    /** Columns shared by open and closed rows; {@code t.at} is the submission time, {@code p} the procedure. */
    private static final String INSERT = """
            insert into dossier (code, procedure_code, procedure_version_id, procedure_name, channel, status,
                receiving_unit, competent_unit, applicant_type, applicant_id_number, applicant_name, applicant_phone,
                applicant_address, return_method, fees_due_vnd, submitted_at, received_at, appointment_at,
                finished_at, returned_at, closing_reason, current_step, current_unit, current_assignee,
                current_deadline_at, supplement_count, lock_version, updated_at)
            select t.receiving || '-' || to_char(t.at at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-'
                       || lpad((i % 2000 + 1)::text, 4, '0'),
                   p.code, p.id, p.name,
                   case when i % 10 < 6 then 2 when i % 400 = 0 then 3 else 1 end,
                   {status},
                   t.receiving, p.unit, 'citizen', '0110' || lpad((70 + i % 30)::text, 2, '0') || lpad((i % 1000000)::text, 6, '0'),
                   (array['Nguyễn', 'Trần', 'Lò', 'Quàng', 'Lường', 'Cầm', 'Vũ', 'Phạm'])[1 + i % 8] || ' '
                       || (array['Văn', 'Thị', 'Đức', 'Minh'])[1 + i / 8 % 4] || ' '
                       || (array['An', 'Bình', 'Hường', 'Dũng', 'Hạnh', 'Thu', 'Lan', 'Sơn', 'Mai'])[1 + i / 32 % 9],
                   '09' || lpad((i % 100000000)::text, 8, '0'),
                   'Phường Mường Thanh, tỉnh Điện Biên',
                   case when i % 10 = 0 then 'POST' when i % 10 < 4 then 'ELECTRONIC' else 'COUNTER' end,
                   (i % 3) * 50000,
                   t.at, t.at + interval '10 minutes', t.at + interval '5 days',
                   {rest}
            from generate_series(?::bigint, ?::bigint) i
            cross join lateral (select now() - make_interval(days => (i / 2000 + 1)::int, mins => (i % 600)::int) as at,
                                       {receiving} as receiving) t
            join (select row_number() over (order by v.id) - 1 as idx, v.id, v.procedure_code as code, v.name,
                         v.unit_identifiers[1] as unit
                  from catalog_procedure_version v where v.status = 'in_force') p
              on p.idx = i % (select count(*) from catalog_procedure_version where status = 'in_force')
            """;

    /** Closed: 90% returned, 4% refused, 3% withdrawn, 3% stopped; out of every inbox. */
    private static final String CLOSED_STATUS =
            "case when i % 100 < 90 then 10 when i % 100 < 94 then 3 when i % 100 < 97 then 7 else 8 end";
    private static final String CLOSED_REST = """
                   case when i % 100 between 94 and 96 then null else t.at + interval '3 days' end,
                   case when i % 100 < 90 then t.at + interval '4 days' end,
                   case when i % 100 >= 90 then 'Đóng hồ sơ (dữ liệu sinh cho đo hiệu năng)' end,
                   null, null, null, null, i % 50 / 49, 6, t.at + interval '4 days'""";

    /** Open: in the internal process mostly, some waiting for a supplement or to be handed over. */
    private static final String OPEN_STATUS =
            "case when u.idx = 0 then 2 when i % 10 = 0 then 5 when i % 10 = 1 then 9 else 4 end";
    private static final String OPEN_REST = """
                   null, null, null, case when u.idx = 0 then 1 else 2 end, u.unit,
                   u.officers[1 + i / 10 % (cardinality(u.officers) + 1)],
                   now() + make_interval(secs => ((i * 7919) % 20000 - 10000) * 86.4),
                   (i % 10 = 0)::int, 2, now()""";

    private final JdbcClient jdbc;

    DossierHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows {@code first..last} (inclusive) as open dossiers, spread evenly over {@link #OPEN_UNIT_COUNT} units. */
    int open(long first, long last) {
        String sql = insert(OPEN_STATUS, OPEN_REST)
                + " join " + OPEN_UNITS + " on u.idx = i % " + OPEN_UNIT_COUNT;
        return jdbc.sql(sql).params(first, last).update();
    }

    /** Rows {@code first..last} (inclusive) as closed dossiers. */
    int closed(long first, long last) {
        return jdbc.sql(insert(CLOSED_STATUS, CLOSED_REST)).params(first, last).update();
    }

    private static String insert(String status, String rest) {
        return INSERT.replace("{status}", status).replace("{rest}", rest).replace("{receiving}", RECEIVING);
    }
}
