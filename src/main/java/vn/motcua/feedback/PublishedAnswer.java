package vn.motcua.feedback;

import java.time.Instant;

/** A published answer as the portal shows it: personal data already hidden. */
public record PublishedAnswer(String code, FeedbackKind kind, String unit, String title, String question,
        String answer, Instant publishedAt) {
}
