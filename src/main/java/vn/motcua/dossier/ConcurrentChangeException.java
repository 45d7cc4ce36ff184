package vn.motcua.dossier;

import vn.motcua.platform.UserInputException;

/** Someone else changed the dossier since it was read: nothing was saved, the caller reloads and retries. */
public class ConcurrentChangeException extends UserInputException {

    public ConcurrentChangeException(String code) {
        super(null, "dossier.concurrentChange", code);
    }
}
