package vn.motcua.index.internal;

import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.motcua.datastore.CertifiedCopies;
import vn.motcua.index.CommuneFacts;
import vn.motcua.index.Period;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitLevel;

/**
 * 5.3's facts (chứng thực bản sao điện tử): for each active commune, whether it certified an electronic copy
 * in the period's days. Read live from the certified copies' register, one query for all communes, so the
 * index and its drill-down always agree.
 */
@Component
public class CommuneCertifications {

    private final CertifiedCopies copies;
    private final UnitDirectory units;
    private final ProvinceCalendar calendar;

    CommuneCertifications(CertifiedCopies copies, UnitDirectory units, ProvinceCalendar calendar) {
        this.copies = copies;
        this.units = units;
        this.calendar = calendar;
    }

    /** The communes of {@code unitOrNull} (the commune itself; null: every commune of the province). */
    public Stream<CommuneFacts> of(Period period, String unitOrNull) {
        ZoneId zone = calendar.calendar().workingHours().zone();
        Set<String> certified = copies.communesThatCertified(period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
        return units.all().stream()
                .filter(u -> u.active() && u.level() == UnitLevel.COMMUNE)
                .filter(u -> unitOrNull == null || u.identifier().equals(unitOrNull))
                .map(u -> new CommuneFacts(u.identifier(), certified.contains(u.identifier())));
    }
}
