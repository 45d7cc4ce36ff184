package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossier codes (mã hồ sơ) {@code {unit}-{yyMMdd}-{nnnn}}: the sequence per receiving unit per day is
 * taken with one atomic upsert, so officers receiving at the same second never share a number, and
 * a number is never reused; a reception that fails takes its number back with it, so codes have no gaps.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String unit, LocalDate day) {
        int sequence = jdbc.sql("""
                insert into dossier_code_sequence (unit_identifier, day, last_value) values (?, ?, 1)
                on conflict (unit_identifier, day) do update set last_value = dossier_code_sequence.last_value + 1
                returning last_value""")
                .params(unit, day).query(Integer.class).single();
        return "%s-%s-%04d".formatted(unit, DAY.format(day), sequence);
    }
}
