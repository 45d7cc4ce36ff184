package vn.motcua.dossier;

import vn.motcua.platform.UserInputException;

/** The action is not allowed to this person on this dossier now (status, role, unit or a rule of §4). */
public class ActionRefusedException extends UserInputException {

    public ActionRefusedException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
