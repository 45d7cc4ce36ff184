package vn.motcua.payment.internal.reconciliation;

import java.time.LocalDate;
import java.util.List;

/** The national payment platform's daily settlement report (báo cáo quyết toán): what it settled on a day. */
interface SettlementReport {

    /** The transactions the platform reports paid on {@code day}, one per line of the report. */
    List<Transaction> paidOn(LocalDate day);
}
