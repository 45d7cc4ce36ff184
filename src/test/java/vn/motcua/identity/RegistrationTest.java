package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/** What the registration form refuses, field by field, with which message. */
class RegistrationTest {

    @ParameterizedTest(name = "{0} {1} / {2} / {3} / {4} / {5}: {6} {7}")
    @CsvSource(nullValues = "-", value = {
        // type,     ID number,          name,     phone,        e-mail,        password,          field,        message
        "CITIZEN,    011090001234,       Lò Văn A, 0912345678,   -,             mot cau chuyen,    -,            -",
        "CITIZEN,    '0110 9000 1234',   Lò Văn A, 0912345678,   a@b.vn,        mot cau chuyen,    -,            -",
        "BUSINESS,   0101234567-001,     Cty A,    0215 3824 111, -,            mot cau chuyen,    -,            -",
        "AGENCY,     000.00.12.H18,      Sở A,     0912345678,   -,             mot cau chuyen,    -,            -",
        "-,          011090001234,       Lò Văn A, 0912345678,   -,             mot cau chuyen,    type,         identity.type.required",
        "CITIZEN,    -,                  Lò Văn A, 0912345678,   -,             mot cau chuyen,    idNumber,     identity.idNumber.required",
        "CITIZEN,    01109000123,        Lò Văn A, 0912345678,   -,             mot cau chuyen,    idNumber,     identity.idNumber.personal",
        "CITIZEN,    000000000000,       Lò Văn A, 0912345678,   -,             mot cau chuyen,    idNumber,     identity.idNumber.personal",
        "BUSINESS,   011090001234,       Cty A,    0912345678,   -,             mot cau chuyen,    idNumber,     identity.idNumber.taxCode",
        "ORGANISATION, 'A B',            Hội A,    0912345678,   -,             mot cau chuyen,    idNumber,     identity.idNumber.organisation",
        "CITIZEN,    011090001234,       ' ',      0912345678,   -,             mot cau chuyen,    fullName,     identity.fullName.required",
        "CITIZEN,    011090001234,       Lò Văn A, -,            -,             mot cau chuyen,    phone,        identity.phone.required",
        "CITIZEN,    011090001234,       Lò Văn A, 12ab,         -,             mot cau chuyen,    phone,        identity.phone.invalid",
        "CITIZEN,    011090001234,       Lò Văn A, 0912345678,   a.b.vn,        mot cau chuyen,    email,        identity.email.invalid",
        "CITIZEN,    011090001234,       Lò Văn A, 0912345678,   -,             ngan,              password,     identity.password.tooShort",
        "CITIZEN,    011090001234,       Lò Văn A, 0912345678,   -,             x011090001234x,    password,     identity.password.containsId",
    })
    void checksEachField(ApplicantType type, String idNumber, String name, String phone, String email, String password,
            String field, String message) {
        Registration form = new Registration("lo.van.a", type, idNumber, name, email, phone, password, password);
        Problems problems = new Problems();
        form.check(problems);
        if (field == null) {
            problems.throwIfAny();
            return;
        }
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(UserInputException.class,
                refusal -> assertThat(refusal.problems()).extracting(UserInputException.Problem::field,
                        UserInputException.Problem::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple(
                                field, message)));
    }

    @ParameterizedTest
    @CsvSource({"mot cau chuyen, mot cau chuyen khac", "mot cau chuyen, -"})
    void refusesAConfirmationThatDiffers(String password, String confirmation) {
        Problems problems = new Problems();
        new Registration("lo.van.a", ApplicantType.CITIZEN, "011090001234", "Lò Văn A", null, "0912345678", password,
                "-".equals(confirmation) ? null : confirmation).check(problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(UserInputException.class,
                refusal -> assertThat(refusal.problems()).extracting(UserInputException.Problem::field)
                        .isEqualTo(List.of("passwordConfirmation")));
    }
}
