package vn.motcua.dossier;

/**
 * Another module taking part in a dossier's transitions (e.g. {@code result} checking a signed result
 * before an electronic return, {@code payment} starting a financial obligation). Every participant
 * bean is called for every transition, after the action's handler and before the dossier is saved, in
 * the same database transaction: what it writes is committed with the dossier, and when it refuses by
 * throwing {@link ActionRefusedException} (or another {@link vn.motcua.platform.UserInputException}) with
 * a reason the user sees, nothing of the transition is saved — neither the dossier nor what any
 * participant wrote.
 *
 * <p>A participant reacts to what it cares about and returns at once for the rest; it must not act on
 * the dossier itself (that would be a second transition). See {@code docs/adding-an-action.md}.
 *
 * <p>Participants run in {@link org.springframework.core.annotation.Order} order: those that record
 * (results, fees) at {@link #RECORDS}, those that tell others what was recorded (notifications) at
 * {@link #TELLS}, after them.
 */
public interface TransitionParticipant {

    /** The order of a participant that records something of the transition. */
    int RECORDS = 100;

    /** The order of a participant that tells someone what the others recorded. */
    int TELLS = 1000;


    /**
     * Takes part in {@code transition}, or refuses it.
     *
     * @throws ActionRefusedException when the transition must not happen, with the reason
     */
    void takePart(PendingTransition transition);
}
