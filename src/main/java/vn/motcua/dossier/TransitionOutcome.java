package vn.motcua.dossier;

/**
 * What a system's action did, as recorded under its idempotency key: the same key sent again returns this
 * again, without a second effect.
 *
 * @param code the dossier
 * @param action what was done
 * @param from the status before
 * @param to the status after
 * @param trackingSeq the tracking sheet line the action wrote
 * @param repeated false on the call that acted, true on every later call with the same key
 */
public record TransitionOutcome(String code, DossierAction action, DossierStatus from, DossierStatus to,
        int trackingSeq, boolean repeated) {

    /**
     * What the transition that wrote the last line of {@code dossier}'s tracking sheet did: every transition
     * writes one line, so the line before it holds the status before.
     */
    public static TransitionOutcome of(DossierView dossier) {
        var tracking = dossier.tracking();
        TrackingEntry last = tracking.getLast();
        DossierStatus from = tracking.size() < 2 ? null : tracking.get(tracking.size() - 2).statusAfter();
        return new TransitionOutcome(dossier.code(), last.action(), from, last.statusAfter(), last.seq(), false);
    }
}
