package vn.motcua.web.api;

import java.util.List;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.web.ComponentFields;
import vn.motcua.web.ReceptionLimits;

/** The body of a counter reception: {@link CounterReception} with components whose flags may be left out. */
record ReceptionJson(String procedureCode, Channel channel, Applicant applicant, String submitterName,
        String submitterIdNumber, List<ComponentFields> components, ReturnMethod returnMethod, String returnAddress,
        String competentUnit, String summary) {

    CounterReception toReception() {
        return ReceptionLimits.checked(new CounterReception(procedureCode, channel, applicant, submitterName, submitterIdNumber,
                ComponentFields.toInputs(components), returnMethod, returnAddress, competentUnit, summary));
    }
}
