package vn.motcua.payment;

import java.io.Serializable;
import java.util.List;

/**
 * One fee, charge or financial obligation of a dossier (phí, lệ phí, nghĩa vụ tài chính).
 *
 * @param name what it is for, as the procedure or the officer named it
 * @param amountVnd the amount in đồng
 */
public record Fee(String name, long amountVnd) implements Serializable {

    /** What {@code fees} come to in all, in đồng. */
    public static long total(List<Fee> fees) {
        return fees.stream().mapToLong(Fee::amountVnd).sum();
    }
}
