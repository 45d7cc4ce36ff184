package vn.motcua.integration.internal;

import java.util.List;
import vn.motcua.index.DossierFacts;

/** The dossier's submitted documents, results and fees as the index counts them. */
final class PortalDocuments {

    private PortalDocuments() {
    }

    /**
     * TaiLieuNop: all digitised when there is at least one document and every one has DuocSoHoa=1;
     * reused when any has DuocTaiSuDung=1; from the national data store when any has
     * DuocLayTuKhoDMQG=1. DanhSachGiayToKetQua: an electronic result when some result has a file path.
     */
    static DossierFacts.Digitisation digitisation(PortalFields dossier) {
        List<PortalFields> documents = dossier.entries("TaiLieuNop");
        boolean allDigitised = !documents.isEmpty();
        boolean reused = false;
        boolean fromDataStore = false;
        for (PortalFields document : documents) {
            allDigitised &= document.flag("DuocSoHoa");
            reused |= document.flag("DuocTaiSuDung");
            fromDataStore |= document.flag("DuocLayTuKhoDMQG");
        }
        boolean electronicResult = false;
        for (PortalFields result : dossier.entries("DanhSachGiayToKetQua")) {
            electronicResult |= result.text("DuongDanTepTinKetQua") != null;
        }
        return new DossierFacts.Digitisation(allDigitised, electronicResult, reused, fromDataStore);
    }

    /**
     * DanhSachLePhi: the fees' Gia summed (VND); DuocThanhToanTrucTuyen 1 (national portal) or 2
     * (the province's gateway) means paid online, 0 or absent not.
     */
    static DossierFacts.Payment payment(PortalFields dossier) {
        long due = 0;
        boolean overflow = false;
        for (PortalFields fee : dossier.entries("DanhSachLePhi")) {
            Long amount = fee.amount("Gia");
            if (amount != null && !overflow) {
                try {
                    due = Math.addExact(due, amount);
                } catch (ArithmeticException e) {
                    overflow = true;
                    fee.problem("integration.amount.tooLarge", "DanhSachLePhi");
                }
            }
        }
        Integer paid = dossier.code("DuocThanhToanTrucTuyen", 0, 2, false);
        return new DossierFacts.Payment(due, paid != null && paid > 0);
    }
}
