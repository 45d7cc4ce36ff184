package vn.motcua.index;

import java.util.Arrays;
import java.util.List;

/**
 * Nhóm tiêu chí: the six groups of the portal's live scoring (the decision's five, with online
 * payment split out), out of 100 together.
 */
public enum CriterionGroup {
    /** Công khai, minh bạch. */
    PUBLICITY("1", "Công khai, minh bạch", "Publicity and transparency", 18),
    /** Tiến độ giải quyết. */
    PROGRESS("2", "Tiến độ giải quyết", "Progress of resolution", 20),
    /** Dịch vụ công trực tuyến. */
    ONLINE_SERVICE("3", "Dịch vụ công trực tuyến", "Online public service", 12),
    /** Thanh toán trực tuyến. */
    ONLINE_PAYMENT("4", "Thanh toán trực tuyến", "Online payment", 10),
    /** Mức độ số hóa hồ sơ. */
    DIGITISATION("5", "Mức độ số hóa hồ sơ", "Digitisation", 22),
    /** Mức độ hài lòng. */
    SATISFACTION("6", "Mức độ hài lòng", "Satisfaction", 18);

    private final String id;
    private final String name;
    private final String nameEn;
    private final int max;

    CriterionGroup(String id, String name, String nameEn, int max) {
        this.id = id;
        this.name = name;
        this.nameEn = nameEn;
        this.max = max;
    }

    /** "1" … "6", as in INDEX-766.md. */
    public String id() {
        return id;
    }

    /** The Vietnamese name, the one published ({@code name()} is the enum constant's). */
    public String nameVi() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public int max() {
        return max;
    }

    /** Its criteria, in catalogue order. */
    public List<Criterion> criteria() {
        return Arrays.stream(Criterion.values()).filter(c -> c.group() == this).toList();
    }
}
