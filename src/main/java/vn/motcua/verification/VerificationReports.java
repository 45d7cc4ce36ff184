package vn.motcua.verification;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.motcua.verification.internal.ReportStore;

/** DSS's reports of recent validations, by the id a {@link Verification} names; gone after a while. */
@Service
public class VerificationReports {

    private final ReportStore store;

    VerificationReports(ReportStore store) {
        this.store = store;
    }

    /** The reports, or empty when the id is malformed, unknown or too old. */
    public Optional<VerificationReport> find(String id) {
        try {
            return store.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
