package vn.motcua.specialised;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.platform.PdfRenderer;
import vn.motcua.platform.SimulatedSystem;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.specialised.BusinessRegistry.Answer;
import vn.motcua.specialised.BusinessRegistry.Filing;
import vn.motcua.specialised.BusinessRegistry.Receipt;

/**
 * The demo's business registration system (served under {@link #PATH}, wired unless
 * {@code motcua.specialised.business-registry.url} is set). It takes a filing, once per dossier code (a filing sent
 * again answers the same reference), and registers it {@code answer-after} later (by the application's clock): a
 * registration number {@code H18-HKD-n} and a certificate (PDF). It refuses an owner whose ID number is not 12
 * digits, as the registry checks owners against the population database. DOWN answers 503, SLOW answers after the
 * caller stopped waiting, DUPLICATE takes the filing but answers 500, so the province sends it again.
 */
@Service
public class BusinessRegistrySimulator extends SimulatedSystem<SimulatorMode> {

    /** Where the simulator is reached. */
    public static final String PATH = "/simulator/business-registry";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, Filed> byDossier = new ConcurrentHashMap<>();
    private final Map<String, Filed> byReference = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private final Duration answerAfter;
    private final PdfRenderer pdf;
    private final Clock clock;

    BusinessRegistrySimulator(@Value("${motcua.specialised.business-registry.simulator-delay}") Duration slowDelay,
            @Value("${motcua.specialised.business-registry.url:}") String url,
            @Value("${motcua.specialised.business-registry.answer-after}") Duration answerAfter, PdfRenderer pdf,
            Clock clock) {
        super(slowDelay, url, SimulatorMode.UP);
        this.answerAfter = answerAfter;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * Takes a filing as the mode says; null while down or "duplicate" (the endpoint answers 503 or 500, the latter
     * after keeping the filing).
     */
    public Receipt file(Filing filing) throws InterruptedException {
        SimulatorMode now = mode();
        if (now == SimulatorMode.DOWN) {
            return null;
        }
        if (now == SimulatorMode.SLOW) {
            slowDown();
        }
        Filed filed = byDossier.computeIfAbsent(filing.dossierCode(), code -> {
            Filed made = new Filed("DKKD-" + code, filing, clock.instant());
            byReference.put(made.reference(), made);
            return made;
        });
        return now == SimulatorMode.DUPLICATE ? null : new Receipt("0", filed.reference());
    }

    /** The answer for a reference, empty when unknown; null while down. */
    public Optional<Answer> answer(String reference) throws InterruptedException {
        SimulatorMode now = mode();
        if (now == SimulatorMode.DOWN || now == SimulatorMode.DUPLICATE) {
            return null;
        }
        if (now == SimulatorMode.SLOW) {
            slowDown();
        }
        return Optional.ofNullable(byReference.get(reference)).map(this::answer);
    }

    /** How many filings it holds for a dossier: one, however often it was sent. */
    public int filingsOf(String dossierCode) {
        return byDossier.containsKey(dossierCode) ? 1 : 0;
    }

    private Answer answer(Filed filed) {
        if (clock.instant().isBefore(filed.at().plus(answerAfter))) {
            return new Answer(Answer.IN_PROGRESS, null, null, null);
        }
        String id = filed.filing().ownerIdNumber();
        if (id == null || !id.matches("\\d{12}")) {
            return new Answer(Answer.REFUSED, null, null, "Số định danh của chủ hộ kinh doanh không hợp lệ");
        }
        return filed.registered(numbers, this::certificate);
    }

    private String certificate(Filing filing, String number, Instant at) {
        byte[] certificate = pdf.render("business-registration", Map.of("filing", filing, "number", number,
                "date", LocalDate.ofInstant(at, VIETNAM)), Locale.forLanguageTag("vi"));
        return Base64.getEncoder().encodeToString(certificate);
    }

    /** Renders a certificate (base64 PDF) for a filing registered under a number. */
    private interface CertificateMaker {
        String make(Filing filing, String number, Instant at);
    }

    /** A filing kept: its registration number is given once, on its first answer. */
    private static final class Filed {

        private final String reference;
        private final Filing filing;
        private final Instant at;
        private Answer registered;

        Filed(String reference, Filing filing, Instant at) {
            this.reference = reference;
            this.filing = filing;
            this.at = at;
        }

        String reference() {
            return reference;
        }

        Filing filing() {
            return filing;
        }

        Instant at() {
            return at;
        }

        /** Registered once: the number and the certificate given on the first answer are given on every later one. */
        synchronized Answer registered(AtomicInteger numbers, CertificateMaker maker) {
            if (registered == null) {
                String number = "H18-HKD-" + String.format("%06d", numbers.incrementAndGet());
                registered = new Answer(Answer.REGISTERED, number, maker.make(filing, number, at), null);
            }
            return registered;
        }
    }
}
