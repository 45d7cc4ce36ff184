package vn.motcua.nationalcatalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.nationalcatalog.NationalProcedure;

/**
 * A national procedure's content as stored (JSON, its parts in the record's order) and its SHA-256: the same
 * content always gives the same hash, so a sync tells a changed procedure from an unchanged one by the hash.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String json(JsonMapper json, NationalProcedure procedure) {
        return json.writeValueAsString(procedure);
    }

    static String of(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
