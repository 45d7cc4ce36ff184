package vn.motcua.organization;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal API token (mã truy cập API) as the administrator sees it; the secret itself is never
 * kept, only its SHA-256.
 *
 * @param id number of the token
 * @param officer username of the officer the token acts as
 * @param name what the token is for (nhãn), e.g. "Máy quét quầy 3"
 * @param expiresOn the last day it works, in the province's time; null until revoked
 * @param createdAt when it was issued
 * @param createdBy who issued it
 * @param lastUsedAt when it last opened the API, to the minute; null if never
 * @param revokedAt when it was revoked (thu hồi); null if not
 */
public record ApiToken(long id, String officer, String name, LocalDate expiresOn, Instant createdAt,
        String createdBy, Instant lastUsedAt, Instant revokedAt) implements java.io.Serializable {

    /** Whether the token opens the API on a given day. */
    public enum State {
        ACTIVE, EXPIRED, REVOKED
    }

    /** @param today today's date in the province */
    public State stateOn(LocalDate today) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresOn != null && today.isAfter(expiresOn) ? State.EXPIRED : State.ACTIVE;
    }
}
