package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.motcua.platform.AutonomousStatements;

/**
 * Dossier codes (mã hồ sơ) {@code {unit}-{yyMMdd}-{nnnn}}: the sequence per receiving unit per day is
 * taken with one atomic upsert, so officers receiving at the same second never share a number, and a
 * number is never reused (DOMAIN.md §4).
 *
 * <p>Why the number is committed at once, apart from the reception: held to the end of the reception's
 * transaction, the unit's row made each reception at a centre wait for the one before to commit — half of
 * the write path's time at eight concurrent receptions ({@code docs/performance.md}). The number is taken
 * once the reception passed its checks, so a refused form takes none; a reception that fails after that
 * (a participant's refusal, a lost connection) leaves its number unused, a gap, never a number used twice.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final AutonomousStatements autonomous;

    DossierCodes(AutonomousStatements autonomous) {
        this.autonomous = autonomous;
    }

    String next(String unit, LocalDate day) {
        long sequence = autonomous.number("""
                insert into dossier_code_sequence (unit_identifier, day, last_value) values (?, ?, 1)
                on conflict (unit_identifier, day) do update set last_value = dossier_code_sequence.last_value + 1
                returning last_value""", unit, day);
        return "%s-%s-%04d".formatted(unit, DAY.format(day), sequence);
    }
}
