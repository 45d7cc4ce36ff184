package vn.motcua.web.serviceindex;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionGroup;

/**
 * The index's words and numbers in the reader's language: the module names criteria and groups in
 * Vietnamese (the published names) and English, and a score reads "80,50" in Vietnamese, "80.50" in
 * English. Templates reach it as {@code @indexLabels}.
 */
@Component("indexLabels")
public class IndexLabels {

    public String criterion(String id, Locale locale) {
        Criterion criterion = Criterion.ofId(id);
        return english(locale) ? criterion.nameEn() : criterion.nameVi();
    }

    public String group(String id, Locale locale) {
        CriterionGroup group = Arrays.stream(CriterionGroup.values()).filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion group " + id));
        return english(locale) ? group.nameEn() : group.nameVi();
    }

    /** Two decimals, the locale's separators. */
    public String score(BigDecimal score, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(score);
    }

    /** A change of score with its sign always written ("+1,20", "−0,50", "0,00"): the sign is the point. */
    public String change(BigDecimal change, Locale locale) {
        String magnitude = score(change.abs(), locale);
        return switch (change.signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "\u2212" + magnitude;
            default -> magnitude;
        };
    }

    /** A share as a percentage with one decimal ("87,5 %"). */
    public String percent(BigDecimal ratio, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }

    /** Width of a bar, in percent of its track, for a score out of {@code max}. */
    public String barWidth(BigDecimal score, int max) {
        double share = max == 0 ? 0 : Math.max(0, Math.min(1, score.doubleValue() / max));
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
