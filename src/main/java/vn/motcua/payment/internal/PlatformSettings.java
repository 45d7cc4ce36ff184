package vn.motcua.payment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.payment.platform.*} (README "Online payment").
 *
 * @param url the platform's API address; blank, the application's own simulator
 * @param partnerCode the province's partner code (MaDoiTac)
 * @param secret the partner's secret key that signs every message (MaXacThuc)
 * @param serviceCode the province's public service system code (MaDVC)
 * @param timeout how long an answer of the platform is waited for
 * @param mopUpInterval how often open attempts are looked at
 * @param queryAfter an attempt submitted this long ago without an outcome is asked about
 * @param expireAfter an attempt open this long, of which the platform knows no payment, expires
 * @param lease how long the node doing the mop-up holds it
 * @param simulatorLateDelay how long the simulator waits before a late callback
 */
@ConfigurationProperties("motcua.payment.platform")
record PlatformSettings(String url, String partnerCode, String secret, String serviceCode, Duration timeout,
        Duration mopUpInterval, Duration queryAfter, Duration expireAfter, Duration lease,
        Duration simulatorLateDelay) {

    boolean simulated() {
        return url == null || url.isBlank();
    }
}
