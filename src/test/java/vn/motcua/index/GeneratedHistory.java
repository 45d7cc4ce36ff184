package vn.motcua.index;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * A seeded, varied history of dossier facts for one unit: every status, on time and late, with and
 * without appointment, one or two supplement requests, refusals at reception, withdrawals, all the
 * digitisation, payment and satisfaction flags. The same seed gives the same history.
 */
public final class GeneratedHistory {

    private final Random random;
    private final String unit;
    private final String prefix;

    public GeneratedHistory(long seed, String unit, String prefix) {
        this.random = new Random(seed);
        this.unit = unit;
        this.prefix = prefix;
    }

    /** {@code count} dossiers entering handling between the two moments. */
    public List<DossierFacts> dossiers(int count, LocalDateTime from, LocalDateTime to) {
        long span = Duration.between(from, to).toMinutes();
        List<DossierFacts> dossiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dossiers.add(dossier(prefix + i, from.plusMinutes((long) (random.nextDouble() * span))));
        }
        return dossiers;
    }

    private DossierFacts dossier(String code, LocalDateTime entered) {
        int fate = random.nextInt(100);
        int supplements = chance(15) ? 1 + random.nextInt(2) : 0;
        boolean withAppointment = !chance(10);
        LocalDateTime appointment = withAppointment ? entered.plusHours(8 + random.nextInt(24 * 12)) : null;
        LocalDateTime finished = entered.plusMinutes(random.nextInt(60 * 24 * 16));
        DossierStatus status;
        LocalDateTime received = entered;
        LocalDateTime done = null;
        LocalDateTime returned = null;
        LocalDateTime stopped = null;
        if (fate < 5) {
            status = DossierStatus.REFUSED;
            received = null;
            stopped = entered;
        } else if (fate < 10) {
            status = chance(50) ? DossierStatus.STOPPED : DossierStatus.REFUSED;
            stopped = finished;
        } else if (fate < 14) {
            status = DossierStatus.WITHDRAWN;
        } else if (fate < 75) {
            status = chance(60) ? DossierStatus.RETURNED : DossierStatus.DONE;
            done = finished;
            returned = status == DossierStatus.RETURNED ? finished.plusHours(random.nextInt(72)) : null;
        } else {
            status = supplements > 0 && chance(50) ? DossierStatus.SUPPLEMENT_REQUESTED : DossierStatus.PROCESSING;
        }
        Duration limit = withAppointment ? null : Duration.ofHours(8L * (1 + random.nextInt(10)));
        Duration worked = withAppointment ? null : Duration.ofHours(random.nextInt(100));
        DossierFacts.Timeline timeline = new DossierFacts.Timeline(entered.minusHours(random.nextInt(48)), received,
                appointment, done, returned, stopped, supplements, chance(5), worked, limit);
        return new DossierFacts(code, unit, "1.00" + random.nextInt(5), Channel.ofCode(1 + random.nextInt(3)),
                ApplicantType.values()[random.nextInt(ApplicantType.values().length)], status, timeline,
                new DossierFacts.ProcedureTraits(chance(60), chance(30), chance(70)),
                new DossierFacts.Digitisation(chance(60), chance(50), chance(30), chance(20)),
                new DossierFacts.Payment(chance(40) ? 0 : 50_000 * (1 + random.nextInt(4)), chance(40)),
                chance(50), chance(70), chance(10));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
