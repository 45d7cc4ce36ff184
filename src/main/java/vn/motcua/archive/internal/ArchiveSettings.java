package vn.motcua.archive.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.motcua.archive.Retention;

/**
 * {@code motcua.archive.*}.
 *
 * @param defaultRetentionYears how long a procedure's dossiers are kept when no administrator set its retention
 */
@ConfigurationProperties("motcua.archive")
public record ArchiveSettings(Integer defaultRetentionYears) {

    public ArchiveSettings {
        defaultRetentionYears = defaultRetentionYears == null ? 10 : defaultRetentionYears;
    }

    /** The default, checked when the application starts: an impossible setting stops it then, not later. */
    public Retention defaultRetention() {
        return Retention.ofYears(defaultRetentionYears);
    }
}
