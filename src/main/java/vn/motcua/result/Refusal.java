package vn.motcua.result;

import java.util.List;

/**
 * Phiếu từ chối tiếp nhận, giải quyết hồ sơ: the dossier is not eligible.
 *
 * @param header the shared part
 * @param reasons every reason for the refusal
 */
public record Refusal(DocumentHeader header, List<String> reasons) implements ApplicantDocument {

    public Refusal {
        reasons = List.copyOf(reasons);
    }
}
