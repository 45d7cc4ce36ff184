package vn.motcua.delivery;

/**
 * A sender or receiver of a parcel, as VNPost's order names them.
 *
 * @param name the person or unit
 * @param phone a phone number
 * @param address street, village, and the rest of the address
 * @param provinceCode mã tỉnh (2 digits); blank when not known (a unit, an address typed before codes were asked)
 * @param communeCode mã xã (5 digits); blank when not known
 */
public record PostalParty(String name, String phone, String address, String provinceCode, String communeCode) {
}
