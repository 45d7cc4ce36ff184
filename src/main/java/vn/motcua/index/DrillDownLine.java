package vn.motcua.index;

/**
 * One dossier or procedure behind a criterion's number.
 *
 * @param code the dossier's code, or the procedure's
 * @param unit its unit
 * @param procedureCode its procedure's code
 * @param meets whether it meets the criterion
 * @param reason why it loses points; null when it meets the criterion
 * @param step for a live dossier that turned late: the step that overran its deadline, else null
 * @param holder whose hands that step was in (an officer's username, else the unit), else null
 */
public record DrillDownLine(String code, String unit, String procedureCode, boolean meets, LossReason reason,
        String step, String holder) {
}
