package vn.motcua.dossier;

import java.util.List;

/**
 * A dossier handed in at a counter (or arriving by post), received at once with a receipt.
 *
 * @param procedureCode the procedure (its version in force is used)
 * @param channel counter or post
 * @param applicant the applicant
 * @param submitterName who handed it in on the applicant's behalf, if anyone
 * @param submitterIdNumber their ID number
 * @param components what was handed in, with scans
 * @param returnMethod how the result goes back
 * @param returnAddress postal address when returned by post
 * @param competentUnit the unit that will handle it, when the procedure names several; null lets the
 *     system choose (the receiving unit if competent, else the first competent unit)
 * @param summary trích yếu: what the dossier asks for, in a line
 */
public record CounterReception(String procedureCode, Channel channel, Applicant applicant, String submitterName,
        String submitterIdNumber, List<ComponentInput> components, ReturnMethod returnMethod, String returnAddress,
        String competentUnit, String summary) {

    public CounterReception {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
