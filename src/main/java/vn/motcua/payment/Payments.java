package vn.motcua.payment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.payment.internal.OnlinePayments;
import vn.motcua.payment.internal.PaymentDesk;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Payments of dossiers' fees (thanh toán phí, lệ phí): online through the national platform, or at the
 * counter by VietQR transfer or card; never cash. A fee is paid once; a second success for it is an
 * overpayment flagged for refund. When a dossier waiting for its financial obligation has nothing left to
 * pay, it moves on by itself ({@code RECORD_PAYMENT}, once per payment reference).
 */
@Service
public class Payments {

    private final PaymentDesk desk;
    private final OnlinePayments online;
    private final DossierQueries dossiers;
    private final ProvinceCalendar calendar;

    Payments(PaymentDesk desk, OnlinePayments online, DossierQueries dossiers, ProvinceCalendar calendar) {
        this.desk = desk;
        this.online = online;
        this.dossiers = dossiers;
        this.calendar = calendar;
    }

    /**
     * Records a payment an officer took at the counter for all the dossier owes (a VietQR transfer seen on the
     * unit's account, or a card slip), as a succeeded attempt; the dossier then moves on exactly as after an
     * online success.
     *
     * @param bankReference the transfer's or the card slip's reference, as the bank printed it
     * @param officer the officer taking it: must see the dossier; a supervisor, who sees every dossier to
     *     read it, never takes money
     */
    @Transactional
    public PaymentView recordCounterPayment(String dossierCode, PaymentChannel channel, String bankReference,
            Actor officer) {
        Problems problems = new Problems();
        problems.when(channel == null || channel.online(), "channel", "payment.counter.channel");
        problems.when(!StringUtils.hasText(bankReference), "bankReference", "payment.counter.reference");
        InputLimits.line(problems, "bankReference", bankReference, 64);
        problems.when(!officer.isOfficer() || officer.isSupervisor(), "officer", "payment.counter.officer");
        problems.throwIfAny();
        DossierView dossier = dossiers.get(officer, dossierCode);
        return desk.counter(dossier, channel, bankReference.strip(), officer.username());
    }

    /** The province's successful payments settled on {@code day} (province calendar's zone), for reconciliation. */
    @Transactional(readOnly = true)
    public List<PaymentView> succeededOn(LocalDate day) {
        ZoneId zone = calendar.calendar().workingHours().zone();
        return desk.succeededBetween(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Every attempt to pay for the dossier, oldest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> ofDossier(String dossierCode) {
        return desk.ofDossier(dossierCode);
    }

    /** The attempt with this reference (MaThamChieu). */
    @Transactional(readOnly = true)
    public Optional<PaymentView> find(String reference) {
        return desk.find(reference);
    }

    /**
     * Records that an overpayment was given back to the payer (the attempt becomes REFUNDED), with what the
     * administrator writes of it (the refund transfer's reference). Refused unless a refund is due.
     */
    @Transactional
    public PaymentView recordRefund(String reference, String note) {
        Problems problems = new Problems().when(!StringUtils.hasText(note), "note", "payment.refund.note");
        InputLimits.line(problems, "note", note, InputLimits.TITLE).throwIfAny();
        return desk.refund(reference, note.strip());
    }

    /** The overpayments still waiting for their refund, oldest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> refundsDue() {
        return desk.refundsDue();
    }

    /** Whether a fee of the dossier was paid online, through the national platform (index 4.1). */
    @Transactional(readOnly = true)
    public boolean paidOnline(String dossierCode) {
        return desk.paidOnline(dossierCode);
    }

    /** What the dossier still owes, in đồng: its fees that no success has paid. */
    @Transactional(readOnly = true)
    public long outstandingVnd(String dossierCode) {
        return desk.outstandingVnd(dossierCode);
    }

    /**
     * Starts paying online what the dossier owes: an attempt is created and its order sent to the platform;
     * returns the platform's page where the payer pays. The caller has checked that the payer may see the
     * dossier. Refused when the dossier is closed or owes nothing.
     *
     * @param payerIp the payer's address, as the platform asks for it
     * @param payer who starts it (the applicant's ID number), kept with the attempt
     */
    public String startOnline(String dossierCode, String payerIp, String payer) {
        DossierView dossier = dossiers.find(dossierCode)
                .orElseThrow(() -> new NotFoundException("payment.dossier.notFound", dossierCode));
        if (dossier.status().closed()) {
            throw new UserInputException("dossier", "payment.dossier.closed", dossierCode);
        }
        return online.start(dossier, payerIp, payer).payerPage();
    }

    /**
     * The attempt as it stands, after asking the platform when it is still open: the payer back from the
     * platform sees the outcome at once, even when the callback is late or lost.
     */
    public PaymentView settle(String reference) {
        return online.settle(reference);
    }

    /** The platform's signed callback: verified before any effect; the answer is the platform's to read. */
    public PlatformMessages.Ack receiveCallback(PlatformMessages.Result result) {
        return online.receive(result);
    }
}
