package vn.motcua.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.UserInputException;

/**
 * Phản ánh, kiến nghị received by the National Public Service Portal, imported by an administrator as
 * JSON Lines (UTF-8), one item per line:
 * {@code {"externalId":"…","kind":"FEEDBACK|COMPLAINT","title":"…","content":"…","senderName":"…",
 * "senderContact":"…","dossierCode":"…","procedureCode":"…","receivedAt":"2026-12-01T08:30:00"}}
 * ({@code senderContact}, {@code dossierCode}, {@code procedureCode} optional; {@code receivedAt} in the
 * province's time). Each line is filed on its own, routed as on the portal; a bad line is reported by
 * its number and reason and the others go on. An {@code externalId} imported before is refused, so a
 * file can be sent again safely.
 */
@Service
public class FeedbackImport {

    /** Most lines one import reads; the rest are reported, not read. */
    public static final int MAX_LINES = 10_000;
    /** Longest line: the content's limit and the other fields, with room for JSON escapes. */
    public static final int MAX_LINE_CHARS = 64_000;
    /** Most line errors reported one by one. */
    public static final int MAX_ERRORS = 100;

    private final FeedbackItems items;
    private final JsonMapper json;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    FeedbackImport(FeedbackItems items, JsonMapper json, ProvinceCalendar calendar, Clock clock) {
        this.items = items;
        this.json = json;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What an import did. */
    public record Summary(long lines, long created, long rejected, List<LineError> errors) {
    }

    /** One refused line and why, as a message key and its arguments. */
    public record LineError(long line, String externalId, String field, String messageKey, List<Object> arguments) {
    }

    /** Reads and files every line; each line its own transaction. */
    public Summary importLines(InputStream body) {
        long lines = 0;
        long created = 0;
        List<LineError> errors = new ArrayList<>();
        long rejected = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                LineError error = lines > MAX_LINES
                        ? new LineError(lines, null, null, "feedback.import.tooManyLines", List.of(MAX_LINES))
                        : importLine(lines, line);
                if (error == null) {
                    created++;
                } else {
                    rejected++;
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(error);
                    }
                }
                if (lines > MAX_LINES) {
                    break;
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Summary(lines, created, rejected, errors);
    }

    private LineError importLine(long number, String line) {
        if (line.length() > MAX_LINE_CHARS) {
            return new LineError(number, null, null, "feedback.import.lineTooLong", List.of(MAX_LINE_CHARS));
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException notJson) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return new LineError(number, null, null, "feedback.import.notJson", List.of());
        }
        String externalId = text(node, "externalId");
        if (externalId == null || externalId.isBlank() || externalId.length() > 64) {
            return new LineError(number, null, "externalId", "feedback.import.externalId.required", List.of());
        }
        Instant receivedAt = receivedAt(text(node, "receivedAt"));
        if (receivedAt == null) {
            return new LineError(number, externalId, "receivedAt", "feedback.import.receivedAt.invalid", List.of());
        }
        FeedbackFiling form = new FeedbackFiling(kind(text(node, "kind")), text(node, "title"), text(node, "content"),
                text(node, "senderName"), text(node, "senderContact"), text(node, "dossierCode"),
                text(node, "procedureCode"));
        try {
            items.fileFromNationalPortal(form, receivedAt, externalId);
            return null;
        } catch (UserInputException refused) {
            UserInputException.Problem first = refused.problems().getFirst();
            return new LineError(number, externalId, first.field(), first.messageKey(), List.of(first.arguments()));
        }
    }

    private Instant receivedAt(String value) {
        try {
            Instant at = LocalDateTime.parse(value).atZone(calendar.calendar().workingHours().zone()).toInstant();
            return at.isAfter(clock.instant()) ? null : at;
        } catch (DateTimeParseException | NullPointerException unparsable) {
            return null;
        }
    }

    private static FeedbackKind kind(String value) {
        try {
            return value == null ? null : FeedbackKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }
}
