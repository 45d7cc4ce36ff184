package vn.motcua.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one upload may ask of the validator ({@code motcua.verification.*}); past any of them the answer is
 * 400. A result of the province is a few pages with two or three signatures, so the defaults leave room
 * while keeping one upload from holding a core for long: DSS reads every revision and every signature.
 *
 * @param maxFileSize the largest file
 * @param maxPages the most pages
 * @param maxSignatures the most signatures (document timestamps included)
 */
@ConfigurationProperties("motcua.verification")
public record VerificationLimits(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("500") int maxPages,
        @DefaultValue("20") int maxSignatures) {
}
