package vn.motcua.feedback;

/**
 * How a sender proves an item is theirs: the secret given when filing, or the portal account filed
 * under. Either may be null; a wrong pair and an unknown code are refused alike.
 */
public record FeedbackAccess(String secret, Long accountId) {
}
