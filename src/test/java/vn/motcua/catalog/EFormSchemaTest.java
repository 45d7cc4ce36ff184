package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.EForm.Choice;
import vn.motcua.catalog.EForm.Field;
import vn.motcua.catalog.EForm.Section;
import vn.motcua.catalog.EForm.Source;
import vn.motcua.catalog.EForm.Type;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/** The schema's own rules, as an administrator's faults are listed on saving. */
class EFormSchemaTest {

    static final String DECLARATION = "Tờ khai đăng ký khai sinh";
    static final List<Choice> SEX = List.of(new Choice("NAM", "Nam", null), new Choice("NU", "Nữ", null));

    @Test
    void aWellFormedSchemaHasNoFault() {
        assertThat(faults(form(DECLARATION, idNumber("soDinhDanh", "ngaySinh", "gioiTinh"), date("ngaySinh"),
                sex("gioiTinh", Source.POPULATION_SEX)))).isEmpty();
    }

    @Test
    void eachFaultIsNamed() {
        assertThat(faults(new EForm("Giấy không công bố", List.of()))).containsExactlyInAnyOrder(
                "eform.schema.component", "eform.schema.sections");
        assertThat(faults(form(DECLARATION, text("hoTen", null), text("hoTen", null))))
                .containsExactly("eform.schema.key");
        assertThat(faults(form(DECLARATION, text("ho ten", null)))).containsExactly("eform.schema.key");
        assertThat(faults(form(DECLARATION, text("ngaySinh", Source.POPULATION_BIRTH_DATE))))
                .as("a date source cannot fill a text").containsExactly("eform.schema.prefill");
        assertThat(faults(form(DECLARATION, new Field("gioiTinh", "Giới tính", null, Type.CHOICE, true, null,
                List.of(new Choice("M", "Nam", null)), Source.POPULATION_SEX, false, null, null))))
                .as("sex from the population database needs NAM and NU").containsExactly("eform.schema.sexChoices");
        assertThat(faults(form(DECLARATION, new Field("hang", "Hạng", null, Type.CHOICE, true, null, List.of(), null,
                false, null, null)))).containsExactly("eform.schema.choices");
        assertThat(faults(form(DECLARATION, new Field("hoTen", "Họ tên", null, Type.TEXT, true, 5000, List.of(), null,
                false, null, null)))).containsExactly("eform.schema.maxLength");
        assertThat(faults(form(DECLARATION, idNumber("soDinhDanh", "ngaySinh", "gioiTinh"), text("ngaySinh", null),
                text("gioiTinh", null)))).as("links to fields of the wrong type")
                .containsExactly("eform.schema.birthDateField", "eform.schema.sexField");
        assertThat(faults(form(DECLARATION, new Field("hoTen", "", null, Type.TEXT, true, null, List.of(), null, true,
                null, null)))).containsExactlyInAnyOrder("eform.schema.label", "eform.schema.editable");
    }

    @Test
    void theFaultsAreThrownTogetherInVietnameseKeysUnderTheSchemaField() {
        Problems problems = new Problems();
        form("Khác", text("a b", null)).check(List.of(DECLARATION), problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(UserInputException.class, e -> assertThat(
                e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.field()).isEqualTo("schema")));
    }

    static EForm form(String component, Field... fields) {
        return new EForm(component, List.of(new Section("phan1", "Người yêu cầu", null, List.of(fields))));
    }

    static Field text(String key, Source source) {
        return new Field(key, "Nhãn " + key, null, Type.TEXT, true, null, List.of(), source, false, null, null);
    }

    static Field date(String key) {
        return new Field(key, "Ngày sinh", null, Type.DATE, true, null, List.of(), Source.POPULATION_BIRTH_DATE, false,
                null, null);
    }

    static Field sex(String key, Source source) {
        return new Field(key, "Giới tính", null, Type.CHOICE, true, null, SEX, source, false, null, null);
    }

    static Field idNumber(String key, String dateKey, String sexKey) {
        return new Field(key, "Số định danh", null, Type.ID_NUMBER, true, null, List.of(), Source.VNEID_ID_NUMBER,
                false, dateKey, sexKey);
    }

    private static List<String> faults(EForm form) {
        Problems problems = new Problems();
        form.check(List.of(DECLARATION), problems);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (UserInputException e) {
            return e.problems().stream().map(UserInputException.Problem::messageKey).toList();
        }
    }
}
