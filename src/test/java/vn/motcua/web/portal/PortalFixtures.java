package vn.motcua.web.portal;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.web.OfficeSamples;

/**
 * The officers' side of an applicant's story, through the dossier fixtures: a notary card dossier
 * received at the counter, sent to the Department of Justice, a supplement requested, and after the
 * applicant's answer appraised, approved, numbered and returned.
 */
@Component
public class PortalFixtures {

    public static final String MISSING = "Bản sao quyết định bổ nhiệm công chứng viên";

    private final DossierFixtures dossiers;
    private final DossierQueries queries;

    PortalFixtures(DossierFixtures dossiers, DossierQueries queries) {
        this.dossiers = dossiers;
        this.queries = queries;
    }

    /** A 12-digit personal ID number no other test uses (the tests share one database). */
    public static String newIdNumber() {
        // Born in Điện Biên (011), a man of the 1900s (0): a number that can exist.
        return String.format("0110%08d", ThreadLocalRandom.current().nextLong(1, 100_000_000L));
    }

    /** Each test its own client address, so that one test's look-ups do not spend another's allowance. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public DossierView received(String idNumber, String name) {
        return dossiers.receiveNotaryCard(idNumber, name);
    }

    /** Received, sent to the Department of Justice, where the specialist asks for one missing paper. */
    public DossierView waitingForSupplement(String idNumber, String name) {
        DossierView d = dossiers.act("tiepnhan", received(idNumber, name), new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        return dossiers.act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(List.of(
                new SupplementItem(MISSING, "Chưa có bản sao chứng thực"))));
    }

    /** The name of the result file {@link #finishAndReturn} attaches. */
    public static final String RESULT_FILE = "the-cong-chung-vien.pdf";

    /** From processing after the supplement to the result returned at the counter, with its PDF. */
    public DossierView finishAndReturn(String code) {
        return returnResult(finishWithResult(code));
    }

    /** From processing after the supplement to done, the result PDF ({@link #RESULT_FILE}) attached. */
    public DossierView finishWithResult(String code) {
        DossierView d = current(code);
        d = dossiers.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        d = dossiers.act("lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
        return dossiers.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 12/TCCV",
                List.of(dossiers.stored("vanthu.tuphap", RESULT_FILE, OfficeSamples.pdf()))));
    }

    public DossierView returnResult(DossierView done) {
        return dossiers.act("tiepnhan", done, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));
    }

    public DossierView current(String code) {
        return queries.get(dossiers.officer("tiepnhan"), code);
    }
}
