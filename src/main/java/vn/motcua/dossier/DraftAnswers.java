package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.util.StringUtils;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * What a citizen has answered so far in an online submission (hồ sơ nháp), kept exactly as typed so
 * a refused page comes back unchanged. Each {@link DraftSection} is checked on its own, page by page;
 * the dossier module checks everything again when the draft is submitted.
 *
 * @param applyingAs for themselves, for someone else, or for a business; null until answered
 * @param applicant chủ hồ sơ; its type follows {@code applyingAs}
 * @param submitterName người nộp thay, when not applying for themselves
 * @param submitterIdNumber their personal ID number
 * @param components one per published component, in the published order
 * @param returnMethod how the result goes back
 * @param returnAddress postal address when returned by post
 * @param receivingUnit the centre or commune the dossier is sent to
 */
public record DraftAnswers(ApplyingAs applyingAs, Applicant applicant, String submitterName,
        String submitterIdNumber, List<DraftComponent> components, ReturnMethod returnMethod, String returnAddress,
        String receivingUnit) {

    private static final Applicant NO_APPLICANT = new Applicant(null, null, null, null, null, null);

    public DraftAnswers {
        applicant = applicant == null ? NO_APPLICANT : applicant;
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** Nothing answered yet, one unanswered row per published component. */
    public static DraftAnswers blank(List<DossierComponent> published) {
        return new DraftAnswers(null, null, null, null, published.stream().map(DraftComponent::unanswered).toList(),
                null, null, null);
    }

    /**
     * These answers for the components published now: a new version of the procedure may have added,
     * removed or reordered them since the draft began; answers are kept for the names still published.
     */
    DraftAnswers matching(List<DossierComponent> published) {
        Map<String, DraftComponent> answered = components.stream()
                .collect(Collectors.toMap(DraftComponent::name, c -> c, (first, second) -> first));
        return withComponents(published.stream()
                .map(p -> answered.containsKey(p.name()) ? answered.get(p.name()).as(p) : DraftComponent.unanswered(p))
                .toList());
    }

    public DraftAnswers withApplyingAs(ApplyingAs value) {
        return new DraftAnswers(value, applicant, submitterName, submitterIdNumber, components, returnMethod,
                returnAddress, receivingUnit);
    }

    /** The applicant as typed, typed as {@code applyingAs} says; the submitter only when there is one. */
    public DraftAnswers withApplicant(Applicant typed, String submitter, String submitterId) {
        Applicant typedAs = new Applicant(applyingAs == null ? null : applyingAs.applicantType(), typed.idNumber(),
                typed.name(), typed.phone(), typed.email(), typed.address());
        boolean hasSubmitter = applyingAs != null && applyingAs.hasSubmitter();
        return new DraftAnswers(applyingAs, typedAs, hasSubmitter ? submitter : null,
                hasSubmitter ? submitterId : null, components, returnMethod, returnAddress, receivingUnit);
    }

    public DraftAnswers withComponents(List<DraftComponent> value) {
        return new DraftAnswers(applyingAs, applicant, submitterName, submitterIdNumber, value, returnMethod,
                returnAddress, receivingUnit);
    }

    public DraftAnswers withResult(ReturnMethod method, String address, String unit) {
        return new DraftAnswers(applyingAs, applicant, submitterName, submitterIdNumber, components, method,
                address, unit);
    }

    /** Records what is missing or wrong in one section, under the field names of its page. */
    public void check(DraftSection section, Problems problems) {
        switch (section) {
            case APPLYING -> problems.when(applyingAs == null, "applyingAs", "draft.applyingAs.required");
            case APPLICANT -> checkApplicant(problems);
            case COMPONENTS -> checkComponents(problems);
            case RESULT -> checkResult(problems);
        }
    }

    /** The first section still to be answered or corrected, empty when the draft is ready to submit. */
    public Optional<DraftSection> firstIncomplete() {
        return Stream.of(DraftSection.values()).filter(s -> !complete(s)).findFirst();
    }

    public boolean complete(DraftSection section) {
        Problems problems = new Problems();
        check(section, problems);
        return problems.isEmpty();
    }

    /** The person acting: the applicant, or whoever submits on their behalf. */
    Actor actor() {
        return applyingAs.hasSubmitter() ? Actor.applicant(submitterIdNumber.strip(), submitterName.strip())
                : Actor.applicant(applicant.idNumber().strip(), applicant.name().strip());
    }

    OnlineSubmission toSubmission(String procedureCode, List<DossierComponent> published) {
        List<ComponentInput> inputs = IntStream.range(0, components.size())
                .mapToObj(i -> components.get(i).toInput(published.get(i))).toList();
        return new OnlineSubmission(procedureCode, receivingUnit, applicant, submitterName, submitterIdNumber,
                inputs, returnMethod, returnMethod == ReturnMethod.POST ? returnAddress : null, null);
    }

    private void checkApplicant(Problems problems) {
        if (applyingAs == null) {
            problems.add("applyingAs", "draft.applyingAs.required");
            return;
        }
        applicant.check("applicant.", problems);
        InputLimits.line(problems, "submitterName", submitterName, InputLimits.NAME);
        if (applyingAs.hasSubmitter()) {
            problems.when(!StringUtils.hasText(submitterName), "submitterName", "draft.submitterName.required");
            String id = submitterIdNumber == null ? "" : submitterIdNumber.strip();
            problems.when(!PersonalIdNumber.isValid(id), "submitterIdNumber", "draft.submitterIdNumber.personal");
        }
    }

    private void checkComponents(Problems problems) {
        for (int i = 0; i < components.size(); i++) {
            DraftComponent c = components.get(i);
            String field = "components[" + i + "]";
            problems.when(c.delivery() == null, field + ".delivery", "draft.component.delivery.required", c.name());
            problems.when(c.delivery() == DraftComponent.Delivery.UPLOAD && c.file() == null, field + ".file",
                    "draft.component.file.required", c.name());
            problems.when(c.delivery() == DraftComponent.Delivery.REUSE && c.stored() == null, field + ".stored",
                    "dossier.component.notReusable", c.name());
            problems.when(c.required() && c.delivery() == DraftComponent.Delivery.NOT_NEEDED, field + ".delivery",
                    "catalog.component.notApplicable.refused", c.name());
        }
        // Every component "not needed" would be a dossier with nothing in it.
        problems.when(components.stream().allMatch(c -> c.delivery() == DraftComponent.Delivery.NOT_NEEDED),
                "components[0].delivery", "draft.components.none");
    }

    private void checkResult(Problems problems) {
        problems.when(returnMethod == null, "returnMethod", "dossier.returnMethod.required");
        problems.when(returnMethod == ReturnMethod.POST && !StringUtils.hasText(returnAddress), "returnAddress",
                "dossier.returnAddress.required");
        InputLimits.multiline(problems, "returnAddress", returnAddress, InputLimits.ADDRESS);
        problems.when(!StringUtils.hasText(receivingUnit), "receivingUnit", "draft.receivingUnit.required");
    }
}
