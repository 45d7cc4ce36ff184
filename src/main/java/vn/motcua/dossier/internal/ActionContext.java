package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;

/**
 * One transition as the pipeline hands it to a handler.
 *
 * @param dossier the aggregate, loaded once for the request
 * @param actor who acts: the officer in their own right or on a delegating leader's behalf, the applicant
 *     or a system
 * @param action the row's action
 * @param before the status before the transition; while the handler checks, the dossier shows it too, when
 *     it applies the command the dossier already shows the status the row leads to
 * @param now when, local time
 */
record ActionContext(Dossier dossier, Actor actor, DossierAction action, DossierStatus before, LocalDateTime now) {
}
