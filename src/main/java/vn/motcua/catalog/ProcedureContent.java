package vn.motcua.catalog;

import java.util.List;
import org.springframework.util.StringUtils;

/**
 * What an announcement decision publishes about a procedure (thủ tục hành chính): the seven parts
 * the law requires, and everything else the portal shows. One version of a procedure has one content.
 *
 * @param code national code, e.g. {@code 1.001193}, or the province's own code for a procedure with
 *     no national code
 * @param name tên thủ tục (part 1)
 * @param field lĩnh vực
 * @param level province or commune
 * @param steps trình tự thực hiện (part 2), in order
 * @param methods cách thức thực hiện (part 3)
 * @param components thành phần hồ sơ (part 4)
 * @param timeLimit thời hạn giải quyết (part 5)
 * @param applicants đối tượng thực hiện (part 6)
 * @param units electronic identifiers of the competent units (part 7, with {@code agency})
 * @param agency cơ quan thực hiện as the decision words it
 * @param fees phí, lệ phí; an empty list means free, null means not known
 * @param onlineLevel online service level, null when no source states it
 * @param result kết quả thực hiện
 * @param decision the announcement decision
 * @param process internal process, ordered, shares adding up to 100
 * @param source where the content was taken from (portal pages, decisions)
 */
public record ProcedureContent(
        String code,
        String name,
        String field,
        ProcedureLevel level,
        List<String> steps,
        List<SubmissionMethod> methods,
        List<DossierComponent> components,
        TimeLimit timeLimit,
        List<ApplicantType> applicants,
        List<String> units,
        String agency,
        List<Fee> fees,
        OnlineLevel onlineLevel,
        ProcedureResult result,
        AnnouncementDecision decision,
        List<ProcessStep> process,
        String source) {

    public ProcedureContent {
        steps = List.copyOf(steps);
        methods = List.copyOf(methods);
        components = List.copyOf(components);
        applicants = List.copyOf(applicants);
        units = List.copyOf(units);
        fees = fees == null ? null : List.copyOf(fees);
        process = List.copyOf(process);
    }

    /**
     * Whether all seven parts the law requires are published (Decision 766, criterion 1.3): name,
     * steps, methods, dossier components, time limit, applicants and competent agency.
     */
    public boolean hasAllSevenParts() {
        return StringUtils.hasText(name)
                && !steps.isEmpty()
                && !methods.isEmpty()
                && !components.isEmpty()
                && timeLimit != null && timeLimit.value() > 0 && timeLimit.unit() != null
                && !applicants.isEmpty()
                && !units.isEmpty() && StringUtils.hasText(agency);
    }

    /** False when no source stated the fees: distinct from free. */
    public boolean feesKnown() {
        return fees != null;
    }
}
