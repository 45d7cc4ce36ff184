package vn.motcua.catalog;

import java.util.List;
import vn.motcua.organization.Role;

/**
 * One step of the internal process (quy trình nội bộ): who does what, where, with which share of the
 * time limit.
 *
 * @param name what is done, e.g. "Thẩm định hồ sơ"
 * @param role the role that does it
 * @param unit a unit's electronic identifier, or {@link #COMPETENT_UNIT} / {@link #RECEIVING_UNIT}
 *     when it depends on the dossier
 * @param sharePercent share of the time limit in percent; the shares of a process add up to 100
 */
public record ProcessStep(String name, Role role, String unit, int sharePercent) {

    /** The unit competent for the dossier (one of the procedure's units). */
    public static final String COMPETENT_UNIT = "competent";
    /** The centre or commune counter that received the dossier. */
    public static final String RECEIVING_UNIT = "receiving";

    /** The process a procedure gets when its decision names none: the usual one-stop path. */
    public static List<ProcessStep> defaultProcess() {
        return List.of(
                new ProcessStep("Tiếp nhận hồ sơ", Role.RECEPTION, RECEIVING_UNIT, 10),
                new ProcessStep("Thẩm định hồ sơ", Role.SPECIALIST, COMPETENT_UNIT, 50),
                new ProcessStep("Phê duyệt kết quả", Role.LEADER, COMPETENT_UNIT, 20),
                new ProcessStep("Đóng dấu, vào số", Role.CLERK, COMPETENT_UNIT, 10),
                new ProcessStep("Trả kết quả", Role.RECEPTION, RECEIVING_UNIT, 10));
    }

    /** True when the step's unit is a placeholder resolved per dossier rather than a fixed unit. */
    public boolean unitDependsOnDossier() {
        return COMPETENT_UNIT.equals(unit) || RECEIVING_UNIT.equals(unit);
    }
}
