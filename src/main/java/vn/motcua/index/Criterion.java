package vn.motcua.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * Tiêu chí: the criteria of INDEX-766.md with their ids, maximum points and points rule. What each
 * one counts "in the period" is defined by the named predicates of the {@code internal} rules
 * classes and summarised in the package documentation.
 *
 * <p>Every rule is {@code max × min(1, ratio ÷ fullAt)}, ratio clamped to [0, 1]: {@code fullAt}
 * is 1 for the plain {@code max × ratio}; 4.2/4.3's {@code min(2, 2.5·ratio)} is the same rule with
 * {@code fullAt} 0.8; 5.4 and 6.3 use their thresholds. The thresholds are settings.
 */
public enum Criterion {
    /** Công bố TTHC đúng hạn. */
    ANNOUNCED_ON_TIME("1.1", CriterionGroup.PUBLICITY, Basis.PROCEDURES, 6,
            "Công bố thủ tục hành chính đúng hạn", "Procedures announced on time"),
    /** Công khai TTHC đúng hạn trên Cơ sở dữ liệu quốc gia. */
    PUBLISHED_ON_TIME("1.2", CriterionGroup.PUBLICITY, Basis.PROCEDURES, 4,
            "Công khai thủ tục hành chính đúng hạn", "Procedures published on time"),
    /** Công khai đầy đủ nội dung TTHC. */
    FULL_CONTENT("1.3", CriterionGroup.PUBLICITY, Basis.PROCEDURES, 2,
            "Công khai đầy đủ nội dung thủ tục hành chính", "Procedures with full content"),
    /** Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia. */
    DOSSIERS_SYNCED("1.4", CriterionGroup.PUBLICITY, Basis.DOSSIERS, 6,
            "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia đúng hạn", "Dossiers synced in time"),
    /** Giải quyết hồ sơ đúng hạn. */
    ON_TIME("2.1", CriterionGroup.PROGRESS, Basis.DOSSIERS, 20,
            "Hồ sơ giải quyết đúng hạn", "Dossiers handled on time"),
    /** Hồ sơ trực tuyến toàn trình. */
    FULLY_ONLINE("3.1", CriterionGroup.ONLINE_SERVICE, Basis.DOSSIERS, 12,
            "Hồ sơ trực tuyến toàn trình", "Dossiers handled fully online"),
    /** Hồ sơ thanh toán trực tuyến (A). */
    DOSSIERS_PAID_ONLINE("4.1", CriterionGroup.ONLINE_PAYMENT, Basis.DOSSIERS, 6,
            "Hồ sơ thanh toán trực tuyến", "Dossiers paid online"),
    /** Thủ tục có phát sinh thanh toán trực tuyến (B). */
    PROCEDURES_PAID_ONLINE("4.2", CriterionGroup.ONLINE_PAYMENT, Basis.PROCEDURES, 2,
            "Thủ tục có phát sinh thanh toán trực tuyến", "Procedures paid online",
            IndexSettings::onlinePaymentFullAt),
    /** Thủ tục tích hợp thanh toán trực tuyến (C). */
    PAYMENT_INTEGRATED("4.3", CriterionGroup.ONLINE_PAYMENT, Basis.PROCEDURES, 2,
            "Thủ tục tích hợp thanh toán trực tuyến", "Procedures with integrated payment",
            IndexSettings::onlinePaymentFullAt),
    /** Cấp kết quả điện tử. */
    ELECTRONIC_RESULTS("5.1", CriterionGroup.DIGITISATION, Basis.DOSSIERS, 6,
            "Cấp kết quả giải quyết thủ tục hành chính điện tử", "Electronic results"),
    /** Số hóa hồ sơ. */
    DIGITISED_DOSSIERS("5.2", CriterionGroup.DIGITISATION, Basis.DOSSIERS, 4,
            "Số hóa hồ sơ, kết quả giải quyết", "Digitised dossiers"),
    /** Chứng thực bản sao điện tử từ bản chính. */
    ELECTRONIC_COPY_CERTIFICATION("5.3", CriterionGroup.DIGITISATION, Basis.COMMUNES, 2,
            "Chứng thực bản sao điện tử từ bản chính", "Electronic copy certification"),
    /** Tái sử dụng dữ liệu số hóa. */
    DATA_REUSE("5.4", CriterionGroup.DIGITISATION, Basis.DOSSIERS, 2,
            "Khai thác, tái sử dụng dữ liệu số hóa", "Reuse of digitised data", IndexSettings::reuseFullAt),
    /** Đồng bộ kho quản lý dữ liệu điện tử. */
    DATA_STORE_SYNC("5.5", CriterionGroup.DIGITISATION, Basis.DOSSIERS, 4,
            "Đồng bộ kho quản lý dữ liệu điện tử", "Data store sync"),
    /** Khai thác dữ liệu dân cư trong hồ sơ. */
    POPULATION_DATA_IN_DOSSIERS("5.6", CriterionGroup.DIGITISATION, Basis.DOSSIERS, 2,
            "Khai thác dữ liệu dân cư trong giải quyết hồ sơ", "Population data in dossiers"),
    /** Kết nối dữ liệu dân cư trong thủ tục. */
    POPULATION_DATA_IN_PROCEDURES("5.7", CriterionGroup.DIGITISATION, Basis.PROCEDURES, 2,
            "Thủ tục kết nối Cơ sở dữ liệu quốc gia về dân cư", "Population data in procedures"),
    /** Xử lý phản ánh, kiến nghị đúng hạn. */
    FEEDBACK_ON_TIME("6.1", CriterionGroup.SATISFACTION, Basis.FEEDBACK, 6,
            "Xử lý phản ánh, kiến nghị đúng hạn", "Feedback handled on time"),
    /** Hài lòng về xử lý phản ánh, kiến nghị. */
    FEEDBACK_SATISFACTION("6.2", CriterionGroup.SATISFACTION, Basis.FEEDBACK, 6,
            "Mức độ hài lòng trong xử lý phản ánh, kiến nghị", "Satisfaction with feedback handling"),
    /** Hài lòng về giải quyết hồ sơ. */
    DOSSIER_SATISFACTION("6.3", CriterionGroup.SATISFACTION, Basis.DOSSIERS, 6,
            "Mức độ hài lòng trong giải quyết thủ tục hành chính", "Satisfaction with dossier handling",
            IndexSettings::dossierSatisfactionFullAt);

    /** What a criterion counts: it says which facts feed it and which empty-denominator rule applies. */
    public enum Basis {
        DOSSIERS, PROCEDURES, FEEDBACK, COMMUNES
    }

    private final String id;
    private final CriterionGroup group;
    private final Basis basis;
    private final int max;
    private final String nameVi;
    private final String nameEn;
    private final Function<IndexSettings, BigDecimal> fullAt;

    Criterion(String id, CriterionGroup group, Basis basis, int max, String nameVi, String nameEn) {
        this(id, group, basis, max, nameVi, nameEn, settings -> BigDecimal.ONE);
    }

    Criterion(String id, CriterionGroup group, Basis basis, int max, String nameVi, String nameEn,
              Function<IndexSettings, BigDecimal> fullAt) {
        this.id = id;
        this.group = group;
        this.basis = basis;
        this.max = max;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.fullAt = fullAt;
    }

    /** "1.1" … "6.3", exactly as INDEX-766.md. */
    public String id() {
        return id;
    }

    public CriterionGroup group() {
        return group;
    }

    public Basis basis() {
        return basis;
    }

    public int max() {
        return max;
    }

    /** The Vietnamese name, the one published. */
    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The share at which this criterion scores its maximum under the given settings. */
    public BigDecimal fullAt(IndexSettings settings) {
        return fullAt.apply(settings);
    }

    /**
     * Points for a tally, rounded half-up to two decimals straight from the exact fraction
     * {@code max × numerator ÷ (denominator × fullAt)}, so a displayed score is never the rounding
     * of an already rounded number.
     */
    public BigDecimal points(Tally tally, IndexSettings settings) {
        BigDecimal full = BigDecimal.valueOf(max).setScale(2);
        if (tally.isEmpty()) {
            return fullWhenEmpty(settings) ? full : BigDecimal.ZERO.setScale(2);
        }
        BigDecimal numerator = BigDecimal.valueOf(Math.max(0, tally.numerator()));
        BigDecimal divisor = BigDecimal.valueOf(tally.denominator()).multiply(fullAt(settings));
        if (numerator.compareTo(divisor) >= 0) {
            return full;
        }
        return BigDecimal.valueOf(max).multiply(numerator).divide(divisor, 2, RoundingMode.HALF_UP);
    }

    private boolean fullWhenEmpty(IndexSettings settings) {
        return basis == Basis.FEEDBACK ? settings.noFeedbackGivesFullPoints() : settings.emptyDenominatorGivesFullPoints();
    }

    /** The criterion with this id, e.g. "2.1". */
    public static Criterion ofId(String id) {
        for (Criterion criterion : values()) {
            if (criterion.id.equals(id)) {
                return criterion;
            }
        }
        throw new IllegalArgumentException("No criterion " + id);
    }
}
