package vn.motcua.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.motcua.verification.SignatureCheck;
import vn.motcua.verification.Verification;

/**
 * A validation as the API answers it: the fields of issue 10 ({@code valid, resultCode, dossierCode,
 * signatures[signer, organization, signedAt, level, intact, trusted, revoked]}) plus the verdict's code and
 * its explanation in the caller's language, and where DSS's reports are.
 *
 * @param valid every signature holds and nothing was added after the last
 * @param resultCode the province's result code when the file is one of its results, else null
 * @param dossierCode that result's dossier, else null
 * @param outcome the verdict's code ({@code VALID}, {@code NO_SIGNATURES}, {@code INVALID}, …)
 * @param explanation the verdict in plain words
 * @param signatures each signature, in the order they were added
 * @param reportUrl DSS's reports for a while (HTML; {@code /simple.xml} and {@code /detailed.xml} below it)
 */
public record VerificationJson(boolean valid, String resultCode, String dossierCode, String outcome,
        String explanation, List<Signature> signatures, String reportUrl) {

    /** One signature: who, for which organisation, when (UTC, ISO 8601), at which level, and its verdict. */
    public record Signature(String signer, String organization, Instant signedAt, String level, boolean intact,
            boolean trusted, boolean revoked, String finding, String explanation) {
    }

    static VerificationJson of(Verification v, String reportUrl, MessageSource messages, Locale locale) {
        return new VerificationJson(v.valid(), v.resultCode(), v.dossierCode(), v.outcome().name(),
                messages.getMessage(v.outcome().messageKey(), null, locale),
                v.signatures().stream().map(s -> signature(s, messages, locale)).toList(), reportUrl);
    }

    private static Signature signature(SignatureCheck s, MessageSource messages, Locale locale) {
        return new Signature(s.signer(), s.organization(), s.signedAt(), s.level(), s.intact(), s.trusted(),
                s.revoked(), s.finding().name(), messages.getMessage(s.finding().messageKey(), null, locale));
    }
}
