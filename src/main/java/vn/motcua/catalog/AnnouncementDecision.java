package vn.motcua.catalog;

import java.time.LocalDate;

/**
 * Quyết định công bố: the decision that publishes (a version of) a procedure.
 *
 * @param number e.g. {@code 123/QĐ-UBND}
 * @param signedOn date signed (ngày ký)
 * @param effectiveFrom date it takes effect (ngày có hiệu lực), never before the signing date
 * @param legalBasis the laws and decrees it rests on (căn cứ pháp lý)
 */
public record AnnouncementDecision(String number, LocalDate signedOn, LocalDate effectiveFrom, String legalBasis) {
}
