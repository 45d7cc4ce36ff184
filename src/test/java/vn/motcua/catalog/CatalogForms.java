package vn.motcua.catalog;

import java.util.List;

/** Forms an administrator would fill in, for tests. */
public final class CatalogForms {

    private CatalogForms() {
    }

    /** A complete, valid procedure of the Sở Tư pháp published by {@code decision}. */
    public static ProcedureForm valid(String code, String name, String decision) {
        return form(code, name, decision, true, List.of(
                new ProcedureForm.StepRow("Tiếp nhận", "RECEPTION", "receiving", "20"),
                new ProcedureForm.StepRow("Giải quyết", "SPECIALIST", "competent", "70"),
                new ProcedureForm.StepRow("Trả kết quả", "RECEPTION", "receiving", "10")));
    }

    /**
     * The same procedure handled by the usual one-stop process (reception, specialist, leader, clerk,
     * return), whose result is issued under the unit's seal alone: the leader approves without signing.
     */
    public static ProcedureForm sealOnly(String code, String name, String decision) {
        return form(code, name, decision, false, ProcessStep.defaultProcess().stream().map(ProcedureForm::row).toList());
    }

    private static ProcedureForm form(String code, String name, String decision, boolean leaderSigns,
            List<ProcedureForm.StepRow> process) {
        return new ProcedureForm(code, name, "Lý lịch tư pháp", "province", "Sở Tư pháp",
                "Nộp hồ sơ\nThẩm định\nTrả kết quả", List.of("counter", "online"),
                List.of(new ProcedureForm.ComponentRow("Tờ khai", "1", "0", "Mẫu 01", true, false)), "10", "working_days", "",
                false, List.of("citizen"), List.of("000.00.02.H18"), false,
                List.of(new ProcedureForm.FeeRow("Lệ phí", "200.000", "")), "partial", "Phiếu", false, leaderSigns,
                decision, "2026-01-05", "2026-01-15", "Luật thử nghiệm", process, "test");
    }
}
