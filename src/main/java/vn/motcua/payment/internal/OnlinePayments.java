package vn.motcua.payment.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierView;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentStateMachine.Trigger;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.PlatformMessages;
import vn.motcua.payment.PlatformSignature;
import vn.motcua.platform.UserInputException;

/**
 * Online payment through the national platform: orders, the callback and the status query. A platform
 * message is checked — partner, signature, reference, amount — before it has any effect; a repeat finds
 * the attempt already where it leads and is answered as the first was.
 */
@Component
public class OnlinePayments {

    private static final Logger LOG = LoggerFactory.getLogger(OnlinePayments.class);

    private final PaymentLedger ledger;
    private final PaymentDesk desk;
    private final PaymentPlatform platform;
    private final PlatformSettings settings;
    private final ProvinceAddress address;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OnlinePayments(PaymentLedger ledger, PaymentDesk desk, PaymentPlatform platform, PlatformSettings settings,
            ProvinceAddress address, TransactionTemplate transactions, Clock clock) {
        this.ledger = ledger;
        this.desk = desk;
        this.platform = platform;
        this.settings = settings;
        this.address = address;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates an attempt for what the dossier owes and sends its order; returns the attempt and where to send
     * the payer. The order goes out after the attempt is committed, so the platform never knows a reference
     * the province does not.
     */
    public Started start(DossierView dossier, String payerIp, String payer) {
        CollectionAccount account = desk.accountOf(dossier);
        PaymentView attempt = transactions.execute(
                tx -> ledger.create(dossier.code(), PaymentChannel.NATIONAL_PLATFORM, account, payer, null, null));
        String payerPage;
        try {
            payerPage = platform.submit(order(dossier, attempt, payerIp));
        } catch (PlatformUnavailableException e) {
            LOG.warn("Order {} not taken: {}", attempt.reference(), e.getMessage());
            transactions.executeWithoutResult(tx -> ledger.problem(attempt.reference(), "INIT: " + e.getMessage()));
            throw new UserInputException("payment", "payment.platform.unavailable");
        }
        transactions.executeWithoutResult(tx -> ledger.apply(attempt.reference(), Trigger.SUBMIT,
                PaymentLedger.Payer.UNKNOWN));
        return new Started(ledger.view(attempt.reference()), payerPage);
    }

    /** An attempt sent to the platform and the platform's page where the payer pays. */
    public record Started(PaymentView attempt, String payerPage) {
    }

    /** The platform's callback: checked, then applied; the answer says what became of it. */
    public PlatformMessages.Ack receive(PlatformMessages.Result result) {
        if (result == null || result.maThamChieu() == null || result.trangThai() == null) {
            return ack(PlatformMessages.INVALID, "Thiếu thông tin");
        }
        if (!settings.partnerCode().equals(result.maDoiTac())) {
            LOG.warn("Callback for {} from unknown partner {}", result.maThamChieu(), result.maDoiTac());
            return ack(PlatformMessages.UNKNOWN_PARTNER, "Sai mã đối tác");
        }
        if (!PlatformSignature.matches(result.signed(), settings.secret(), result.maXacThuc())) {
            LOG.warn("Callback for {} with a bad signature: ignored", result.maThamChieu());
            return ack(PlatformMessages.BAD_SIGNATURE, "Sai mã xác thực");
        }
        return apply(result, "Callback");
    }

    /**
     * Asks the platform about an attempt still open and applies its answer; an attempt the platform knows
     * nothing of, open longer than {@code expire-after}, expires. Returns the attempt as it is afterwards.
     */
    public PaymentView settle(String reference) {
        PaymentView attempt = ledger.view(reference);
        if (attempt.state().settled() || attempt.channel() != PaymentChannel.NATIONAL_PLATFORM) {
            return attempt;
        }
        Optional<PlatformMessages.Result> status;
        try {
            status = platform.status(reference);
        } catch (PlatformUnavailableException e) {
            LOG.warn("Status of {} unknown: {}", reference, e.getMessage());
            return attempt;
        }
        status.ifPresent(result -> apply(result, "Status"));
        boolean abandoned = attempt.createdAt().plus(settings.expireAfter()).isBefore(clock.instant());
        boolean stillOpen = status.map(r -> PlatformMessages.PENDING.equals(r.trangThai())).orElse(true);
        if (abandoned && stillOpen) {
            transactions.executeWithoutResult(tx -> ledger.apply(reference, Trigger.EXPIRE, PaymentLedger.Payer.UNKNOWN));
        }
        return ledger.view(reference);
    }

    private PlatformMessages.Ack apply(PlatformMessages.Result result, String source) {
        Optional<PaymentView> known = desk.find(result.maThamChieu());
        if (known.isEmpty()) {
            return ack(PlatformMessages.UNKNOWN_REFERENCE, "Không có giao dịch");
        }
        if (known.get().amountVnd() != result.soTien()) {
            LOG.warn("{} for {} says {} đồng, the order was {}: ignored", source, result.maThamChieu(),
                    result.soTien(), known.get().amountVnd());
            transactions.executeWithoutResult(tx -> ledger.problem(result.maThamChieu(),
                    source + ": số tiền " + result.soTien() + " khác số tiền đặt " + known.get().amountVnd()));
            return ack(PlatformMessages.WRONG_AMOUNT, "Sai số tiền");
        }
        Trigger trigger = switch (result.trangThai()) {
            case PlatformMessages.PAID -> Trigger.SUCCEED;
            case PlatformMessages.FAILED -> Trigger.FAIL;
            case PlatformMessages.CANCELLED -> Trigger.CANCEL;
            default -> null;
        };
        if (trigger == null) {
            // Pending, or a stale word arriving after the result: nothing to do.
            return ack(PlatformMessages.OK, "Đã nhận");
        }
        PaymentLedger.Payer payer = new PaymentLedger.Payer(result.tenNguoiNop(), result.maNganHang(),
                result.maGiaoDich());
        PaymentLedger.Applied applied = transactions.execute(tx -> ledger.apply(result.maThamChieu(), trigger, payer));
        if (applied == PaymentLedger.Applied.REFUSED) {
            LOG.warn("{} for {} says {}, which contradicts what is recorded: ignored", source, result.maThamChieu(),
                    result.trangThai());
            return ack(PlatformMessages.CONFLICT, "Mâu thuẫn với kết quả đã ghi nhận");
        }
        return ack(PlatformMessages.OK, "Đã nhận");
    }

    private PlatformMessages.Init order(DossierView dossier, PaymentView attempt, String payerIp) {
        PlatformMessages.Receipt receipt = new PlatformMessages.Receipt(settings.serviceCode(),
                dossier.procedureCode(), attempt.unitCode(), dossier.code(), attempt.accountNumber(),
                attempt.bankCode(), attempt.fees().stream()
                        .map(f -> new PlatformMessages.FeeLine(f.name(), f.amountVnd())).toList());
        return new PlatformMessages.Init("INIT", settings.partnerCode(), attempt.reference(), attempt.amountVnd(),
                "PAY", "WEB", "WEB", "vi-VN", "VND", "", "Nop phi ho so " + dossier.code(),
                PlatformMessages.time(clock.instant()), payerIp,
                address.of("/follow/" + dossier.code() + "/payment/" + attempt.reference()),
                address.of(PlatformMessages.CALLBACK_PATH), receipt, null);
    }

    private static PlatformMessages.Ack ack(String code, String description) {
        return new PlatformMessages.Ack(code, description);
    }
}
