package vn.motcua.catalog.internal;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;

/**
 * The province's codes: its letter code (H18 for Điện Biên) is the last group of its People's
 * Committee's electronic identifier, read from the unit directory rather than configured twice.
 */
@Component
public class LocalCodes {

    /** A national code: group digit, dot, six digits ({@code 1.001193}). */
    public static final Pattern NATIONAL = Pattern.compile("\\d\\.\\d{6}");

    private final UnitDirectory units;

    LocalCodes(UnitDirectory units) {
        this.units = units;
    }

    /** E.g. {@code H18}. */
    public String provinceCode() {
        String root = units.all().stream().filter(u -> u.parent() == null).map(Unit::identifier).findFirst()
                .orElseThrow(() -> new IllegalStateException("The unit directory has no province"));
        return root.substring(root.lastIndexOf('.') + 1);
    }

    /**
     * The shape of a code the province gives a procedure that has no national code: its letter code,
     * a dot and six digits ({@code H18.000001}). It cannot collide with a national code, which starts
     * with a digit, and it tells a reader at once whose numbering it is.
     */
    public Pattern provincialShape() {
        return Pattern.compile(Pattern.quote(provinceCode()) + "\\.\\d{6}");
    }

    /** {@code 1.001193} → {@code 1.001193.000.00.00.H18}: the code localised to the province. */
    public String localise(String code) {
        return code + ".000.00.00." + provinceCode();
    }

    public boolean isValidCode(String code) {
        return code != null && (NATIONAL.matcher(code).matches() || provincialShape().matcher(code).matches());
    }
}
