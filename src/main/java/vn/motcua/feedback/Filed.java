package vn.motcua.feedback;

/** A filed item's tracking code and the secret shown once to the sender (only its hash is kept). */
public record Filed(String code, String secret) implements java.io.Serializable {
}
