package vn.motcua.payment;

import java.io.Serializable;

/**
 * A unit's collection account (tài khoản thu): where the fees it collects are paid.
 *
 * @param unitCode the unit's electronic identifier
 * @param accountNumber the beneficiary account (TKThuHuong)
 * @param accountName the account holder as the bank knows it
 * @param bankCode the bank's code (MaNHThuHuong), e.g. its BIN for VietQR
 */
public record CollectionAccount(String unitCode, String accountNumber, String accountName, String bankCode)
        implements Serializable {
}
