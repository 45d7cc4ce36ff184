package vn.motcua.dossier;

import java.util.List;

/**
 * A dossier submitted online (status new until reception checks it).
 *
 * @param procedureCode the procedure (its version in force is used)
 * @param receivingUnit the centre or commune the applicant sends it to
 * @param applicant the applicant
 * @param submitterName who submits on the applicant's behalf, if anyone
 * @param submitterIdNumber their ID number
 * @param components uploaded or reused components
 * @param returnMethod how the result goes back
 * @param returnAddress postal address when returned by post
 * @param summary what the dossier asks for, in a line
 */
public record OnlineSubmission(String procedureCode, String receivingUnit, Applicant applicant,
        String submitterName, String submitterIdNumber, List<ComponentInput> components, ReturnMethod returnMethod,
        String returnAddress, String summary) {

    public OnlineSubmission {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
