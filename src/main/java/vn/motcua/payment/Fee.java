package vn.motcua.payment;

import java.io.Serializable;

/**
 * One fee, charge or financial obligation of a dossier (phí, lệ phí, nghĩa vụ tài chính).
 *
 * @param name what it is for, as the procedure or the officer named it
 * @param amountVnd the amount in đồng
 */
public record Fee(String name, long amountVnd) implements Serializable {
}
