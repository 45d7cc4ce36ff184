package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.util.StringUtils;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * Biểu mẫu điện tử: a procedure version's declaration (tờ khai) as an e-form, sections of fields which the
 * portal asks one section a page. It replaces one published component, {@code component}: filled online, it
 * becomes that component as a generated PDF, so no scan of a paper declaration is asked for.
 *
 * @param component the name of the published component (thành phần hồ sơ) it replaces, as published
 * @param sections in order, each one page of the portal
 */
public record EForm(String component, List<Section> sections) {

    /** Most sections an e-form has, most fields a section has: each page stays short to read and to check. */
    public static final int MAX_SECTIONS = 12;
    public static final int MAX_FIELDS = 30;
    /** Longest value a field may allow; a text field allows {@value #DEFAULT_TEXT} unless it says otherwise. */
    public static final int MAX_LENGTH = 2000;
    public static final int DEFAULT_TEXT = 200;
    /** Most choices a choice field offers. */
    public static final int MAX_CHOICES = 100;
    /** The values of a sex field (giới tính), the one the ID number's digit 4 is checked against. */
    public static final String MALE = "NAM";
    public static final String FEMALE = "NU";

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

    public EForm {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** One page of the e-form. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Section(String key, String title, String titleEn, List<Field> fields) {

        public Section {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * One field (trường thông tin).
     *
     * @param key unique in the e-form, the field's name in the JSON data
     * @param label nhãn in Vietnamese; {@code labelEn} in English (falls back to Vietnamese)
     * @param maxLength longest value accepted; null for the type's default
     * @param choices the options of a {@link Type#CHOICE} field
     * @param prefill where the value comes from for a VNeID-verified applicant, null when typed
     * @param editable whether a prefilled value may be changed by the applicant
     * @param birthDateField for an {@link Type#ID_NUMBER}: the date field its birth-year digits are checked with
     * @param sexField for an {@link Type#ID_NUMBER}: the sex field ({@value #MALE}/{@value #FEMALE}) its
     *     digit 4 is checked with
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Field(String key, String label, String labelEn, Type type, Boolean required, Integer maxLength,
            List<Choice> choices, Source prefill, Boolean editable, String birthDateField, String sexField) {

        /** Left out of the JSON, {@code required} and {@code editable} are false. */
        public Field {
            choices = choices == null ? List.of() : List.copyOf(choices);
            required = Boolean.TRUE.equals(required);
            editable = Boolean.TRUE.equals(editable);
        }

        /** The longest value accepted. */
        public int limit() {
            return maxLength != null ? maxLength : type.defaultLength();
        }

        /** Whether the applicant may not change a value prefilled from this field's source. */
        public boolean lockedWhenPrefilled() {
            return prefill != null && !editable;
        }

        /**
         * A value as a declaration prints it, in Vietnamese: a choice's label, Có/Không, a date as dd/MM/yyyy;
         * empty for none.
         */
        public String shown(String value) {
            if (value == null) {
                return "";
            }
            return switch (type) {
                case CHOICE -> choice(value).map(Choice::label).orElse(value);
                case YES_NO -> "yes".equals(value) ? "Có" : "no".equals(value) ? "Không" : value;
                case DATE -> value.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4) : value;
                default -> value;
            };
        }

        public Optional<Choice> choice(String value) {
            return choices.stream().filter(c -> c.value().equals(value)).findFirst();
        }
    }

    /** One option of a choice field. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Choice(String value, String label, String labelEn) {
    }

    /** What a field holds. */
    public enum Type {
        TEXT(DEFAULT_TEXT), DATE(10), NUMBER(15), ID_NUMBER(12), CHOICE(40), ADDRESS(InputLimits.ADDRESS), YES_NO(5);

        private final int defaultLength;

        Type(int defaultLength) {
            this.defaultLength = defaultLength;
        }

        int defaultLength() {
            return defaultLength;
        }
    }

    /**
     * Where a prefilled value comes from: a claim of the VNeID login, or a field of the citizen's record in
     * the population database (looked up for the purpose "prefill", logged).
     */
    public enum Source {
        VNEID_ID_NUMBER(true, Type.ID_NUMBER),
        VNEID_FULL_NAME(true, Type.TEXT),
        POPULATION_BIRTH_DATE(false, Type.DATE),
        POPULATION_SEX(false, Type.CHOICE),
        POPULATION_PERMANENT_RESIDENCE(false, Type.ADDRESS),
        POPULATION_CURRENT_RESIDENCE(false, Type.ADDRESS),
        POPULATION_HOME_TOWN(false, Type.ADDRESS);

        private final boolean vneid;
        private final Type type;

        Source(boolean vneid, Type type) {
            this.vneid = vneid;
            this.type = type;
        }

        /** From the VNeID login's claims, else from the population database. */
        public boolean vneid() {
            return vneid;
        }

        /** The type of field it can fill. */
        public Type type() {
            return type;
        }
    }

    /** Every field, in order. */
    public List<Field> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<Field> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Whether any field is filled from the population database: only then is it asked. */
    public boolean needsPopulationRecord() {
        return fields().stream().anyMatch(f -> f.prefill() != null && !f.prefill().vneid());
    }

    /**
     * Records every way this schema is wrong for a version publishing {@code components}, under the field
     * {@code schema}, each message naming the section or field at fault.
     */
    public void check(List<String> components, Problems problems) {
        problems.when(!components.contains(component), "schema", "eform.schema.component", String.valueOf(component));
        problems.when(sections.isEmpty() || sections.size() > MAX_SECTIONS, "schema", "eform.schema.sections",
                MAX_SECTIONS);
        Set<String> keys = new HashSet<>();
        for (Section section : sections) {
            problems.when(section.key() == null || !KEY.matcher(section.key()).matches() || !keys.add(section.key()),
                    "schema", "eform.schema.key", String.valueOf(section.key()));
            problems.when(!text(section.title(), InputLimits.TITLE), "schema", "eform.schema.title", section.key());
            problems.when(section.fields().isEmpty() || section.fields().size() > MAX_FIELDS, "schema",
                    "eform.schema.fields", section.key(), MAX_FIELDS);
            section.fields().forEach(f -> checkField(f, keys, problems));
        }
        Map<String, Field> byKey = fields().stream()
                .collect(Collectors.toMap(Field::key, Function.identity(), (a, b) -> a));
        fields().stream().filter(f -> f.type() == Type.ID_NUMBER).forEach(f -> checkIdLinks(f, byKey, problems));
    }

    private static void checkField(Field f, Set<String> keys, Problems problems) {
        String key = String.valueOf(f.key());
        problems.when(f.key() == null || !KEY.matcher(f.key()).matches() || !keys.add(f.key()), "schema",
                "eform.schema.key", key);
        problems.when(!text(f.label(), InputLimits.TITLE), "schema", "eform.schema.label", key);
        problems.when(f.labelEn() != null && f.labelEn().length() > InputLimits.TITLE, "schema", "eform.schema.label",
                key);
        if (f.type() == null) {
            problems.add("schema", "eform.schema.type", key);
            return;
        }
        problems.when(f.maxLength() != null && (f.maxLength() < 1 || f.maxLength() > MAX_LENGTH), "schema",
                "eform.schema.maxLength", key, MAX_LENGTH);
        problems.when(f.type() == Type.CHOICE && (f.choices().isEmpty() || f.choices().size() > MAX_CHOICES),
                "schema", "eform.schema.choices", key, MAX_CHOICES);
        problems.when(f.type() != Type.CHOICE && !f.choices().isEmpty(), "schema", "eform.schema.choicesOnlyChoice",
                key);
        problems.when(f.choices().stream().anyMatch(c -> !text(c.value(), Type.CHOICE.defaultLength())
                || !text(c.label(), InputLimits.TITLE)), "schema", "eform.schema.choice", key);
        problems.when(f.prefill() != null && f.prefill().type() != f.type(), "schema", "eform.schema.prefill", key,
                f.prefill() == null ? "" : f.prefill().type().name());
        problems.when(f.prefill() == Source.POPULATION_SEX && !isSexField(f), "schema", "eform.schema.sexChoices",
                key);
        problems.when(f.editable() && f.prefill() == null, "schema", "eform.schema.editable", key);
        problems.when(f.type() != Type.ID_NUMBER && (f.birthDateField() != null || f.sexField() != null), "schema",
                "eform.schema.idLinks", key);
    }

    private static void checkIdLinks(Field id, Map<String, Field> byKey, Problems problems) {
        if (id.birthDateField() != null) {
            Field date = byKey.get(id.birthDateField());
            problems.when(date == null || date.type() != Type.DATE, "schema", "eform.schema.birthDateField",
                    id.key(), id.birthDateField());
        }
        if (id.sexField() != null) {
            Field sex = byKey.get(id.sexField());
            problems.when(sex == null || !isSexField(sex), "schema", "eform.schema.sexField", id.key(),
                    id.sexField());
        }
    }

    /** A choice of exactly {@value #MALE} and {@value #FEMALE}. */
    private static boolean isSexField(Field f) {
        return f.type() == Type.CHOICE
                && f.choices().stream().map(Choice::value).collect(Collectors.toSet()).equals(Set.of(MALE, FEMALE));
    }

    private static boolean text(String value, int max) {
        return StringUtils.hasText(value) && value.length() <= max && !InputLimits.hasControl(value, false);
    }
}
