package vn.motcua.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.feedback.internal.FeedbackItemRepository;
import vn.motcua.feedback.internal.ItemChange;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * Phản ánh, kiến nghị: filing (with or without an account), following by tracking code and secret,
 * the unit's handling through {@link FeedbackStateMachine}, the sender's added information, rating and
 * re-filing, and the published answers.
 */
@Service
public class FeedbackItems {

    /** Most items a page of published answers shows. */
    public static final int PAGE_SIZE = 20;

    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final FeedbackItemRepository items;
    private final FeedbackRouting routing;
    private final FeedbackValidation validation;
    private final Documents documents;
    private final ApplicationEventPublisher events;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    FeedbackItems(FeedbackItemRepository items, FeedbackRouting routing, FeedbackValidation validation,
            Documents documents, ApplicationEventPublisher events, ProvinceCalendar calendar, Clock clock) {
        this.items = items;
        this.routing = routing;
        this.validation = validation;
        this.documents = documents;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Files an item from the portal, routed to the competent unit; the uploads named must be {@code uploader}'s.
     *
     * @param accountId the sender's portal account, null without one
     * @throws UserInputException when the form breaks a limit or names an unknown dossier or procedure
     */
    @Transactional
    public Filed file(FeedbackFiling form, Long accountId, FileOwner uploader, List<String> uploads) {
        validation.check(form);
        return create(form, accountId, uploader, uploads, FeedbackChannel.PORTAL, clock.instant(), null, null);
    }

    /** Files an item received by the national portal (import); {@code externalId} makes it once only. */
    @Transactional
    public Filed fileFromNationalPortal(FeedbackFiling form, Instant receivedAt, String externalId) {
        validation.check(form);
        if (items.externalIdTaken(externalId)) {
            throw new UserInputException("externalId", "feedback.import.duplicate", externalId);
        }
        return create(form, null, null, List.of(), FeedbackChannel.NATIONAL_PORTAL, receivedAt, null, externalId);
    }

    /**
     * Files again an item the unit answered or refused: a new item, linked to the original, to the
     * same unit; the original counts as re-filed in 6.2.
     */
    @Transactional
    public Filed refile(String originalCode, FeedbackAccess access, String content) {
        FeedbackItem original = follow(originalCode, access);
        if (!original.refileable()) {
            throw new UserInputException(null, "feedback.refile.notNow");
        }
        FeedbackFiling form = new FeedbackFiling(original.kind(), original.title(), content, original.senderName(),
                original.senderContact(), original.dossierCode(), original.procedureCode());
        validation.check(form);
        ItemChange change = new ItemChange(original);
        change.refiled = true;
        save(change, null, original.version(), null, "feedback.step.refiled", original.senderName());
        return create(form, original.accountId(), null, List.of(), original.channel(), clock.instant(),
                original.code(), null);
    }

    /**
     * The item, if {@code access} opens it: its secret, or the account it was filed under.
     *
     * @throws NotFoundException alike for an unknown code and a wrong secret
     */
    @Transactional(readOnly = true)
    public FeedbackItem follow(String code, FeedbackAccess access) {
        FeedbackItem item = code == null ? null : items.find(code.strip()).orElse(null);
        boolean opens = item != null && access != null
                && ((access.accountId() != null && access.accountId().equals(item.accountId()))
                        || (access.secret() != null && MessageDigest.isEqual(
                                items.secretHash(item.code()).orElseThrow().getBytes(StandardCharsets.US_ASCII),
                                hash(access.secret().strip().toUpperCase()).getBytes(StandardCharsets.US_ASCII))));
        if (!opens) {
            throw new NotFoundException("feedback.notFound");
        }
        return item;
    }

    /** The sender answers the question asked; the unit's time for the answer starts again. */
    @Transactional
    public FeedbackItem addInformation(String code, FeedbackAccess access, int version, String information) {
        FeedbackItem item = follow(code, access);
        validation.text("information", FeedbackAction.ADD_INFORMATION, information);
        ItemChange change = transition(item, FeedbackAction.ADD_INFORMATION);
        change.information = information.strip();
        change.clockStartedAt = clock.instant();
        return save(change, null, version, FeedbackAction.ADD_INFORMATION, information.strip(), item.senderName());
    }

    /** Đánh giá kết quả xử lý, once, after the unit answered or refused. */
    @Transactional
    public FeedbackItem rate(String code, FeedbackAccess access, Satisfaction satisfaction) {
        FeedbackItem item = follow(code, access);
        if (satisfaction == null) {
            throw new UserInputException("satisfaction", "feedback.rating.required");
        }
        if (!item.rateable()) {
            throw new UserInputException(null, item.rating() == null ? "feedback.rate.notYet" : "feedback.rate.already");
        }
        ItemChange change = new ItemChange(item);
        change.rating = satisfaction;
        change.ratedAt = clock.instant();
        return save(change, null, item.version(), null, "feedback.step.rated", item.senderName());
    }

    /**
     * An officer of the item's unit acts on it.
     *
     * @param officerUnit the officer's unit: an item of another unit is not found
     * @param text the question, the reasons or the answer
     * @param version the version the officer read
     * @throws UserInputException when the action is not allowed now, lacks its text, or the item changed
     */
    @Transactional
    public FeedbackItem act(String officerUnit, String officerName, String code, FeedbackAction action, String text,
            int version) {
        FeedbackItem item = ofUnit(officerUnit, code);
        if (action == null || action.bySender()) {
            throw new UserInputException("action", "feedback.action.notAllowed");
        }
        ItemChange change = transition(item, action);
        Instant now = clock.instant();
        String note = text == null ? null : text.strip();
        String publishedTitle = null;
        switch (action) {
            case ACCEPT -> { }
            case ASK_FOR_INFORMATION -> {
                validation.text("text", action, text);
                change.asked = note;
                change.outcomeAt = now;
            }
            case REFUSE -> {
                validation.text("text", action, text);
                change.reason = note;
                change.outcomeAt = now;
            }
            case ANSWER -> {
                validation.text("text", action, text);
                change.answer = note;
                change.outcomeAt = now;
                change.answeredAt = now;
            }
            case PUBLISH -> {
                List<String> names = List.of(item.senderName());
                publishedTitle = PersonalDataMask.mask(item.title(), names);
                change.publishedQuestion = PersonalDataMask.mask(item.content(), names);
                change.publishedAnswer = PersonalDataMask.mask(item.answer(), names);
                change.publishedAt = now;
            }
            default -> throw new IllegalStateException(action.name());
        }
        return save(change, publishedTitle, version, action, note, officerName);
    }

    /**
     * An item of the officer's unit, with its history.
     *
     * @throws NotFoundException for an unknown code or another unit's item
     */
    @Transactional(readOnly = true)
    public FeedbackItem ofUnit(String officerUnit, String code) {
        return items.find(code).filter(i -> i.unit().equals(officerUnit))
                .orElseThrow(() -> new NotFoundException("feedback.notFound"));
    }

    /** The unit's open items: overdue first, then near their limit, then the others, each by its last day. */
    @Transactional(readOnly = true)
    public List<UnitListLine> unitList(String unit) {
        FeedbackDeadlines deadlines = deadlines();
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        List<UnitListLine> lines = new ArrayList<>();
        for (FeedbackItem item : items.openOf(unit)) {
            LocalDate due = dueOn(item, deadlines);
            lines.add(new UnitListLine(item, due, deadlines.urgency(due, today)));
        }
        lines.sort(Comparator.comparing(UnitListLine::urgency).thenComparing(UnitListLine::dueOn,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(l -> l.item().code()));
        return lines;
    }

    /** The last day of the item's current step; null when the unit has nothing to do. */
    public LocalDate dueOn(FeedbackItem item) {
        return dueOn(item, deadlines());
    }

    /** The last day the unit may ask for more information without being late. */
    public LocalDate askBy(FeedbackItem item) {
        return deadlines().askBy(day(item.clockStartedAt()));
    }

    /** Published answers containing {@code text} (all when blank), newest first, {@link #PAGE_SIZE} a page. */
    @Transactional(readOnly = true)
    public List<PublishedAnswer> published(String text, int page) {
        return items.published(text, page * PAGE_SIZE, PAGE_SIZE);
    }

    /**
     * Items whose unit's time started in [from, to) of {@code unitOrNull} (null: all), without their
     * history: the index reads 6.1 and 6.2 from them.
     */
    @Transactional(readOnly = true)
    public List<FeedbackItem> startedBetween(Instant from, Instant to, String unitOrNull) {
        return items.startedBetween(from, to, unitOrNull);
    }

    /** Every dossier feedback or a complaint names (6.3), for the index's rebuild. */
    @Transactional(readOnly = true)
    public List<String> dossiersComplainedAbout() {
        return items.dossiersComplainedAbout();
    }

    private Filed create(FeedbackFiling form, Long accountId, FileOwner uploader, List<String> uploads,
            FeedbackChannel channel, Instant receivedAt, String refiledFrom, String externalId) {
        String code = "PAKN-" + CODE_DAY.format(receivedAt.atZone(zone())) + "-"
                + String.format("%05d", items.nextNumber());
        String secret = secret();
        String dossier = blankToNull(form.dossierCode());
        String procedure = blankToNull(form.procedureCode());
        FeedbackItem item = new FeedbackItem(code, form.kind(), FeedbackStatus.RECEIVED,
                routing.unitFor(dossier, procedure), dossier, procedure, form.senderName().strip(),
                blankToNull(form.senderContact()), accountId, form.title().strip(), form.content().strip(), channel,
                receivedAt, receivedAt, null, null, null, null, null, null, null, null, null, null, null,
                refiledFrom, false, 0, List.of(), List.of());
        items.insert(item, hash(secret), externalId);
        for (String sha256 : uploads) {
            var file = documents.attach(Objects.requireNonNull(uploader), sha256)
                    .orElseThrow(() -> new UserInputException("files", "feedback.file.unknown"));
            items.insertFile(code, new FeedbackItem.Attachment(file.sha256(), file.originalName(), file.mediaType(),
                    file.size()));
        }
        items.insertStep(code, new FeedbackItem.Step(null, FeedbackStatus.RECEIVED, item.senderName(), null,
                receivedAt));
        if (dossier != null) {
            events.publishEvent(new DossierComplainedAbout(dossier, code, receivedAt));
        }
        return new Filed(code, secret);
    }

    private static ItemChange transition(FeedbackItem item, FeedbackAction action) {
        FeedbackStatus next = FeedbackStateMachine.next(item.status(), action)
                .orElseThrow(() -> new UserInputException("action", "feedback.action.notAllowed"));
        ItemChange change = new ItemChange(item);
        change.status = next;
        return change;
    }

    private FeedbackItem save(ItemChange change, String publishedTitle, int version, FeedbackAction action,
            String note, String actor) {
        FeedbackItem after = change.item();
        if (!items.update(after, publishedTitle, version)) {
            throw new UserInputException(null, "feedback.changed");
        }
        items.insertStep(after.code(), new FeedbackItem.Step(action, after.status(), actor, note, clock.instant()));
        return items.find(after.code()).orElseThrow();
    }

    private LocalDate dueOn(FeedbackItem item, FeedbackDeadlines deadlines) {
        return deadlines.dueOn(item.status(), day(item.clockStartedAt()),
                item.answeredAt() == null ? null : day(item.answeredAt()));
    }

    private FeedbackDeadlines deadlines() {
        return new FeedbackDeadlines(calendar.calendar(), FeedbackLimits.DECISION_766);
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return calendar.calendar().workingHours().zone();
    }

    private static String secret() {
        char[] chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = SECRET_ALPHABET[RANDOM.nextInt(SECRET_ALPHABET.length)];
        }
        return new String(chars);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
