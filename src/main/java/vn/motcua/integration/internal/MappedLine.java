package vn.motcua.integration.internal;

import java.util.List;
import vn.motcua.index.DossierFacts;

/**
 * What one line became: the dossier's facts, or the problems that refuse it.
 *
 * @param code MaHoSo when the line has a usable one, else null
 * @param facts the facts to record; null when refused
 * @param problems why it is refused; empty when accepted
 */
public record MappedLine(String code, DossierFacts facts, List<LineProblem> problems) {

    public MappedLine {
        problems = List.copyOf(problems);
    }

    static MappedLine accepted(DossierFacts facts) {
        return new MappedLine(facts.code(), facts, List.of());
    }

    static MappedLine refused(String code, List<LineProblem> problems) {
        return new MappedLine(code, null, problems);
    }

    public boolean isAccepted() {
        return facts != null;
    }
}
