package vn.motcua.eform.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.catalog.EForm;
import vn.motcua.catalog.EForm.Field;
import vn.motcua.identity.IdNumberMeaning;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * The server's checks of an e-form's values, each problem under the field's name on the page
 * ({@link #param}) with a Vietnamese message naming the field. An ID number is checked for what it says
 * about its holder against the date of birth and sex typed in the fields the schema links it to.
 */
public final class FieldRules {

    /** Yes and no, as a yes/no field posts them. */
    public static final String YES = "yes";
    public static final String NO = "no";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,15}");
    /** As typed in Vietnam, for a browser without a date picker; a picker posts ISO dates. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldRules() {
    }

    /** The name of the field's input on the portal's page. */
    public static String param(Field field) {
        return "f." + field.key();
    }

    /** The value as kept: stripped; a date as yyyy-MM-dd when it can be read, else as typed (and refused). */
    public static String normalise(Field field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (field.type() == EForm.Type.DATE) {
            return date(value).map(LocalDate::toString).orElse(value);
        }
        if (field.type() == EForm.Type.ID_NUMBER) {
            return value.replace(" ", "");
        }
        return value;
    }

    /** Records what is wrong with {@code field}'s value; {@code values} are the whole form's, for linked fields. */
    public static void check(Field field, Map<String, String> values, Problems problems) {
        String name = param(field);
        String value = values.getOrDefault(field.key(), "");
        if (value.isEmpty()) {
            problems.when(field.required(), name, "eform.field.required", field.label());
            return;
        }
        if (value.length() > field.limit()) {
            problems.add(name, "eform.field.tooLong", field.label(), field.limit());
            return;
        }
        if (InputLimits.hasControl(value, field.type() == EForm.Type.ADDRESS)) {
            problems.add(name, "limits.text.control");
            return;
        }
        switch (field.type()) {
            case DATE -> problems.when(date(value).isEmpty(), name, "eform.field.date", field.label());
            case NUMBER -> problems.when(!NUMBER.matcher(value).matches(), name, "eform.field.number", field.label());
            case CHOICE -> problems.when(field.choice(value).isEmpty(), name, "eform.field.choice", field.label());
            case YES_NO -> problems.when(!YES.equals(value) && !NO.equals(value), name, "eform.field.choice",
                    field.label());
            case ID_NUMBER -> checkIdNumber(field, value, values, problems);
            case TEXT, ADDRESS -> {
                // Length and control characters are all a text is checked for.
            }
        }
    }

    private static void checkIdNumber(Field field, String value, Map<String, String> values, Problems problems) {
        String name = param(field);
        if (!PersonalIdNumber.isValid(value)) {
            problems.add(name, "eform.field.idNumber", field.label());
            return;
        }
        IdNumberMeaning meaning = IdNumberMeaning.of(value).orElseThrow();
        LocalDate born = field.birthDateField() == null ? null
                : date(values.getOrDefault(field.birthDateField(), "")).orElse(null);
        String sexValue = field.sexField() == null ? null : values.get(field.sexField());
        IdNumberMeaning.Sex sex = EForm.MALE.equals(sexValue) ? IdNumberMeaning.Sex.MALE
                : EForm.FEMALE.equals(sexValue) ? IdNumberMeaning.Sex.FEMALE : null;
        for (IdNumberMeaning.Mismatch mismatch : meaning.against(born, sex)) {
            switch (mismatch) {
                case BIRTH_YEAR -> problems.add(name, "eform.field.idNumber.birthYear", field.label(),
                        String.valueOf(meaning.birthYear()), String.valueOf(born.getYear()));
                case SEX -> problems.add(name, "eform.field.idNumber.sex", field.label(),
                        meaning.sex() == IdNumberMeaning.Sex.MALE ? "nam" : "nữ");
            }
        }
    }

    /** A date typed as yyyy-MM-dd (a date picker) or d/M/yyyy (by hand). */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(value.contains("/") ? LocalDate.parse(value, TYPED_DATE) : LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
