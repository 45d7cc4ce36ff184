package vn.motcua.payment.internal.reconciliation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.payment.reconciliation.*} (README "Counter payments, receipts and reconciliation").
 *
 * @param settlementUrl the settlement report's address; blank, the platform's ({@code {platform url}/settlement})
 *     or, with no platform configured, the simulator's on this server
 * @param cron when the daily run reconciles the day before, in the province's time zone
 * @param timeout how long the report is waited for
 */
@ConfigurationProperties("motcua.payment.reconciliation")
record ReconciliationSettings(String settlementUrl, String cron, Duration timeout) {
}
