package vn.motcua.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.delivery.internal.PostalOrderStore;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.payment.Payments;

/**
 * The post for the dossiers: what the applicant asked of it, the orders and where they stand, and VNPost's
 * status updates (callback and polling). No access check: the caller has already been allowed to see the
 * dossier.
 */
@Service
public class Deliveries {

    /** Where VNPost calls back with status updates, signed ({@link PostalSignature}). */
    public static final String CALLBACK_PATH = "/post/vnpost/callback";
    /** The largest callback body taken, in bytes: a status is a few hundred. */
    public static final int CALLBACK_MAX_BYTES = 4096;

    private static final int ORDER_NUMBER_LENGTH = 80;
    private static final int ITEM_CODE_LENGTH = 40;
    private static final int MESSAGE_LENGTH = 500;

    /** What became of a callback. */
    public enum Callback {
        /** Taken: the order moved, or the update was a duplicate or came late and changed nothing. */
        TAKEN,
        /** No order has that number. */
        UNKNOWN_ORDER,
        /** The signature is missing or wrong: refused, nothing read. */
        BAD_SIGNATURE,
        /** Signed, but not a status VNPost sends (not JSON, a field missing or too long, an unknown code). */
        MALFORMED
    }

    private final PostalOrderStore store;
    private final UnitDirectory units;
    /**
     * Resolved when first used: {@code payment} reaches the dossier pipeline, whose participant
     * ({@code internal.ReturnByPost}) needs this service; a constructor dependency would be a cycle.
     */
    private final ObjectProvider<Payments> payments;
    private final JsonMapper json;
    private final Clock clock;
    private final String provinceCode;
    private final String secret;

    Deliveries(PostalOrderStore store, UnitDirectory units, ObjectProvider<Payments> payments, JsonMapper json, Clock clock,
            @Value("${motcua.post.province-code}") String provinceCode,
            @Value("${motcua.post.callback-secret}") String secret) {
        this.store = store;
        this.units = units;
        this.payments = payments;
        this.json = json;
        this.clock = clock;
        this.provinceCode = provinceCode;
        this.secret = secret;
    }

    /**
     * Records what the applicant asks of the post for the dossier received (or to be received) at
     * {@code receivingUnit}; a pick-up is ordered at once, once. A second request replaces the address for
     * what is not ordered yet.
     *
     * @throws vn.motcua.platform.UserInputException past the limits of {@link PostRequest}
     */
    @Transactional
    public void request(String dossierCode, String receivingUnit, PostRequest request) {
        request.check().throwIfAny();
        store.saveRequest(dossierCode, request, clock.instant());
        if (request.pickUp()) {
            order(dossierCode, DeliveryView.Kind.PICKUP, 0, request.party(), unit(receivingUnit),
                    "Thu gom hồ sơ " + dossierCode);
        }
    }

    public Optional<PostRequest> requestOf(String dossierCode) {
        return store.request(dossierCode);
    }

    /**
     * Orders the delivery of the dossier's result, from its receiving unit to the address the applicant gave
     * the post (else the dossier's return address), collecting the fees still unpaid. Called in the return's
     * own transaction.
     */
    public void orderResult(DossierView dossier) {
        PostalParty receiver = store.request(dossier.code()).filter(PostRequest::deliver).map(PostRequest::party)
                .orElseGet(() -> new PostalParty(dossier.applicant().name(), nonNull(dossier.applicant().phone()),
                        dossier.returnAddress(), "", ""));
        order(dossier.code(), DeliveryView.Kind.RESULT, payments.getObject().outstandingVnd(dossier.code()),
                unit(dossier.receivingUnit()), receiver, "Kết quả hồ sơ " + dossier.code());
    }

    /** The dossier's postal orders, the first first. */
    public List<DeliveryView> ofDossier(String dossierCode) {
        return store.ofDossier(dossierCode);
    }

    public Optional<DeliveryView> byOrderNumber(String orderNumber) {
        return store.byOrderNumber(orderNumber);
    }

    /** The latest orders, the newest first. */
    public List<DeliveryView> recent(int limit) {
        return store.recent(limit);
    }

    /** A callback: its signature checked on the body's bytes before anything is read. */
    @Transactional
    public Callback receive(byte[] body, String signature) {
        if (body == null || !PostalSignature.matches(body, secret, signature)) {
            return Callback.BAD_SIGNATURE;
        }
        PostalMessages.Status message;
        try {
            message = json.readValue(body, PostalMessages.Status.class);
        } catch (JacksonException e) {
            return Callback.MALFORMED;
        }
        if (message == null || !valid(message)) {
            return Callback.MALFORMED;
        }
        return record(message.status(), "CALLBACK").isPresent() ? Callback.TAKEN : Callback.UNKNOWN_ORDER;
    }

    /**
     * Applies a VNPost status to its order through {@link DeliveryStateMachine}; empty when no order has that
     * number or VNPost's code is not one it knows.
     */
    @Transactional
    public Optional<DeliveryStateMachine.Outcome> record(PostalStatus status, String source) {
        return DeliveryState.ofPostCode(status.statusCode())
                .flatMap(state -> store.apply(status, state, source, clock.instant()));
    }

    private void order(String dossierCode, DeliveryView.Kind kind, long codVnd, PostalParty sender,
            PostalParty receiver, String description) {
        String suffix = kind == DeliveryView.Kind.PICKUP ? "-BC-HS" : "-BC-KQ";
        store.addOrder(dossierCode, kind, new PostalOrder(null, dossierCode + suffix, codVnd, sender, receiver,
                description), clock.instant());
    }

    /** A unit as sender or receiver: its published postal address, else its name for the postal worker to find. */
    private PostalParty unit(String identifier) {
        Optional<Unit> unit = identifier == null ? Optional.empty() : units.find(identifier);
        String name = unit.map(Unit::name).orElse(nonNull(identifier));
        String address = unit.map(Unit::postalAddress).filter(StringUtils::hasText).orElse(name);
        return new PostalParty(name, "", address, provinceCode, "");
    }

    private static boolean valid(PostalMessages.Status m) {
        return StringUtils.hasText(m.orderNumber()) && m.orderNumber().length() <= ORDER_NUMBER_LENGTH
                && m.statusCode() != null && DeliveryState.ofPostCode(m.statusCode()).isPresent()
                && (m.itemCode() == null || m.itemCode().length() <= ITEM_CODE_LENGTH)
                && (m.message() == null || m.message().length() <= MESSAGE_LENGTH);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
