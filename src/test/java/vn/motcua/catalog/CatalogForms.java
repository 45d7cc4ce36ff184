package vn.motcua.catalog;

import java.util.List;

/** Forms an administrator would fill in, for tests. */
public final class CatalogForms {

    private CatalogForms() {
    }

    /** A complete, valid procedure of the Sở Tư pháp published by {@code decision}. */
    public static ProcedureForm valid(String code, String name, String decision) {
        return new ProcedureForm(code, name, "Lý lịch tư pháp", "province", "Sở Tư pháp",
                "Nộp hồ sơ\nThẩm định\nTrả kết quả", List.of("counter", "online"),
                List.of(new ProcedureForm.ComponentRow("Tờ khai", "1", "0", "Mẫu 01", true, false)), "10", "working_days", "",
                false, List.of("citizen"), List.of("000.00.02.H18"), false,
                List.of(new ProcedureForm.FeeRow("Lệ phí", "200.000", "")), "partial", "Phiếu", false, decision,
                "2026-01-05", "2026-01-15", "Luật thử nghiệm",
                List.of(new ProcedureForm.StepRow("Tiếp nhận", "RECEPTION", "receiving", "20"),
                        new ProcedureForm.StepRow("Giải quyết", "SPECIALIST", "competent", "70"),
                        new ProcedureForm.StepRow("Trả kết quả", "RECEPTION", "receiving", "10")),
                "test");
    }
}
