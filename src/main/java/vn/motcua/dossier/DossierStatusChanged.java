package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.modulith.events.Externalized;
import vn.motcua.catalog.ApplicantType;

/**
 * Published on every transition, with what a listener needs without reading the dossier back: the
 * national portal sync, the Decision 766 index, notifications. It carries the dossier's state after
 * the transition ({@link Moments}, {@link Digitisation}), so the index rewrites its facts from
 * the event alone; {@code trackingSeq} orders the events of one dossier, so a listener can ignore one
 * that arrives after a later one.
 *
 * @param code dossier code
 * @param procedureCode national procedure code
 * @param procedureVersionId the catalog version it is handled under
 * @param channel how it arrived
 * @param applicantIdNumber the applicant's ID number
 * @param applicantType citizen or organisation
 * @param receivingUnit where it was received
 * @param competentUnit who handles it
 * @param action what was done
 * @param from status before, null when created
 * @param to status after
 * @param actor who acted (username)
 * @param actorUnit their unit, null for the applicant
 * @param occurredAt when
 * @param trackingSeq the tracking sheet line this transition wrote, for ordering per dossier
 * @param moments the dossier's times after the action
 * @param digitisation its components' electronic form after the action
 */
// Leaves the province when a province turns events to Kafka on (README "Events to Kafka"): keyed by the
// dossier's code, so one dossier's changes stay in one partition, in order.
@Externalized(DossierStatusChanged.TOPIC + "::#{code()}")
public record DossierStatusChanged(String code, String procedureCode, long procedureVersionId, Channel channel,
        String applicantIdNumber, ApplicantType applicantType, String receivingUnit, String competentUnit,
        DossierAction action, DossierStatus from, DossierStatus to, String actor, String actorUnit, Instant occurredAt,
        int trackingSeq, Moments moments, Digitisation digitisation) {

    /** The Kafka topic the changes go to when events are externalised. */
    public static final String TOPIC = "motcua.dossier.status-changed";

    /**
     * The dossier's times and delays after the action (local times).
     *
     * @param submittedAt when it was submitted
     * @param receivedAt receipt issued, null before
     * @param appointment the appointment, null before receipt
     * @param finishedAt handling ended: done, stopped, refused or withdrawn; null while open
     * @param returnedAt result handed to the applicant, null before
     * @param supplementCount supplement requests so far
     * @param apologyCount apologies issued
     */
    public record Moments(LocalDateTime submittedAt, LocalDateTime receivedAt, LocalDateTime appointment,
            LocalDateTime finishedAt, LocalDateTime returnedAt, int supplementCount, int apologyCount) {
    }

    /**
     * The components' electronic form after the action.
     *
     * @param anySubmitted at least one component was handed in
     * @param allSubmittedDigitised every component handed in has an electronic file
     * @param anyReused a component reused a digitised document or result
     * @param anyFromNationalStore a component was taken from the national data store
     */
    public record Digitisation(boolean anySubmitted, boolean allSubmittedDigitised, boolean anyReused,
            boolean anyFromNationalStore) {
    }

    /** The appointment after the action (local), null before receipt. */
    public LocalDateTime appointment() {
        return moments.appointment();
    }

    public int supplementCount() {
        return moments.supplementCount();
    }

    /** Whether an apology was issued. */
    public boolean apologised() {
        return moments.apologyCount() > 0;
    }

    /** The event of a dossier's state as {@code view} shows it, written by the last line of its tracking sheet. */
    public static DossierStatusChanged of(DossierView view, DossierStatus before, Instant occurredAt) {
        TrackingEntry last = view.tracking().getLast();
        var components = view.components().stream().filter(DossierView.Component::submitted).toList();
        return new DossierStatusChanged(view.code(), view.procedureCode(), view.procedureVersionId(), view.channel(),
                view.applicant().idNumber(), view.applicant().type(), view.receivingUnit(), view.competentUnit(),
                last.action(), before, view.status(), last.fromOfficer(), last.fromUnit(), occurredAt, last.seq(),
                new Moments(view.submittedAt(), view.receivedAt(), view.appointment(), view.finishedAt(),
                        view.returnedAt(), view.supplementCount(), view.apologyCount()),
                new Digitisation(!components.isEmpty(),
                        components.stream().allMatch(DossierView.Component::digitised),
                        view.components().stream().anyMatch(DossierView.Component::reused),
                        view.components().stream().anyMatch(DossierView.Component::fromNationalStore)));
    }
}
