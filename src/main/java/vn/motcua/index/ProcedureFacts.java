package vn.motcua.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dữ kiện thủ tục: what the index needs to know about one procedure of a unit (from the catalog,
 * payment and identity modules).
 *
 * @param code national procedure code
 * @param unit the unit that handles it
 * @param announcedOn date of the announcement decision (quyết định công bố)
 * @param legalBasisEffectiveOn when the legal basis takes effect; null leaves the procedure out of 1.1
 * @param publishedOn when it appeared on the national catalog; null while not published
 * @param retiredOn when it stopped being in force; null while in force
 * @param allSevenParts its published content has all seven parts (DOMAIN §3)
 * @param hasFee it charges a fee or charge
 * @param hadOnlinePayment at least one of its dossiers was paid online in the period (the payment
 *        module counts it per period)
 * @param paymentIntegrated its payment is integrated with the national portal
 * @param forCitizens citizens may apply
 * @param populationDbConnected it is connected to the national population database
 */
public record ProcedureFacts(String code, String unit, LocalDate announcedOn, LocalDate legalBasisEffectiveOn,
        LocalDate publishedOn, LocalDate retiredOn, boolean allSevenParts, boolean hasFee, boolean hadOnlinePayment,
        boolean paymentIntegrated, boolean forCitizens, boolean populationDbConnected) {

    public ProcedureFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(announcedOn, "announcedOn");
    }

    /** The same facts with the period's online payment. */
    public ProcedureFacts withOnlinePayment(boolean paid) {
        return new ProcedureFacts(code, unit, announcedOn, legalBasisEffectiveOn, publishedOn, retiredOn, allSevenParts,
                hasFee, paid, paymentIntegrated, forCitizens, populationDbConnected);
    }
}
