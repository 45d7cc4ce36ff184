package vn.motcua.datastore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.datastore.internal.CopyCertification;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitKind;
import vn.motcua.platform.Problems;
import vn.motcua.result.UnitSeal;

/**
 * Chứng thực bản sao điện tử từ bản chính (procedure {@value #PROCEDURE}, communes), inside a dossier of
 * that procedure: received at the commune's counter (its appointment follows the same-day rule), then, at
 * the processing step, the officer who has compared the paper original scans it; the scan gets the
 * certification block and the commune's seal, goes to the applicant's data store, and is registered with
 * the dossier. Its fee ({@link CopyFee}, counted on the original's pages) is required on the dossier in the
 * same transaction, so the applicant pays it once, online or at the counter, for the paper copy printed
 * from the scan and the electronic copy together. 5.3 reads the communes that certified
 * ({@link #communesThatCertified}).
 */
@Service
public class CertifiedCopies {

    /** The national code of copy certification from the original. */
    public static final String PROCEDURE = "2.000815";

    /** The longest name of a paper typed by the officer. */
    public static final int MAX_TYPE = 200;

    private final UnitDirectory units;
    private final UnitSeal seal;
    private final Documents documents;
    private final DataStore store;
    private final JdbcClient jdbc;
    private final ProvinceCalendar calendar;
    private final DossierQueries dossiers;
    private final DossierHandling handling;
    private final Clock clock;

    CertifiedCopies(UnitDirectory units, UnitSeal seal, Documents documents, DataStore store, JdbcClient jdbc,
            ProvinceCalendar calendar, DossierQueries dossiers, DossierHandling handling, Clock clock) {
        this.units = units;
        this.seal = seal;
        this.documents = documents;
        this.store = store;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.dossiers = dossiers;
        this.handling = handling;
        this.clock = clock;
    }

    /** Whether {@code officer} may certify a copy for this dossier now: a copy dossier their step may charge. */
    public boolean mayCertify(Actor officer, DossierView dossier) {
        return PROCEDURE.equals(dossier.procedureCode())
                && mayCertify(dossier, dossiers.availableActions(officer, dossier));
    }

    /** The same, for a page that has already asked which actions the officer may take on the dossier. */
    public static boolean mayCertify(DossierView dossier, List<DossierAction> available) {
        return PROCEDURE.equals(dossier.procedureCode()) && available.contains(DossierAction.REQUIRE_PAYMENT);
    }

    /**
     * Certifies the scan of the original handed in with a dossier of {@value #PROCEDURE}, for its
     * applicant, and requires the copy's fee on the dossier (which then waits for the payment).
     *
     * @throws vn.motcua.platform.UserInputException when the dossier is not a copy dossier the officer may
     *     charge now, the officer is not at a commune, the type is missing, the scan is not a PDF, or the
     *     commune's seal cannot be used
     */
    @Transactional
    public CertifiedCopy certify(Actor officer, String dossierCode, String documentType, byte[] scan) {
        DossierView dossier = dossiers.get(officer, dossierCode);
        Unit commune = officer.unit() == null ? null : units.find(officer.unit()).orElse(null);
        Problems problems = new Problems();
        problems.when(!mayCertify(officer, dossier), "dossier", "datastore.copy.notNow");
        problems.when(commune == null || commune.kind() != UnitKind.COMMUNE, "unit", "datastore.copy.communeOnly");
        problems.when(documentType == null || documentType.isBlank(), "documentType", "datastore.copy.typeRequired");
        problems.when(documentType != null && documentType.strip().length() > MAX_TYPE, "documentType",
                "datastore.copy.typeTooLong", MAX_TYPE);
        long largest = documents.standardRules().maxSize().toBytes();
        problems.when(scan.length > largest, "file", "datastore.copy.tooLarge", largest / (1024 * 1024));
        problems.throwIfAny();
        LocalDate today = calendar.now().toLocalDate();
        int pages = CopyCertification.pages(scan);
        String number = nextNumber(commune.identifier(), today);
        byte[] sealed = seal.seal(commune.identifier(),
                CopyCertification.stamp(scan, number, today, officer.fullName(), commune.name()));
        StoredFile f = documents.keepMade(sealed, number + ".pdf", FileOwner.system("datastore"));
        StoredDocument copy = store.keep(new StoredDocument(0, dossier.applicant().idNumber(), documentType.strip(),
                DocumentSource.CERTIFIED_COPY, number, null, null,
                new AttachedFile(f.sha256(), f.originalName(), f.mediaType(), f.size()), null));
        long fee = CopyFee.vnd(pages);
        jdbc.sql("""
                insert into certified_copy (number, commune, owner_id, document_type, pages, fee_vnd, certified_by,
                    certified_at, stored_document, dossier_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, commune.identifier(), copy.ownerId(), copy.documentType(), pages, fee,
                        officer.username(), Timestamp.from(clock.instant()), copy.id(), dossier.code())
                .update();
        handling.handle(officer, dossier.code(), dossier.lockVersion(), new DossierCommand.RequirePayment(fee,
                "Phí chứng thực bản sao từ bản chính số " + number + " (" + pages
                        + " trang; một lần cho bản giấy và bản điện tử)"));
        return new CertifiedCopy(number, pages, fee, copy);
    }

    /** The copies certified for a dossier, in the order they were certified. */
    @Transactional(readOnly = true)
    public List<CertifiedCopy> ofDossier(String dossierCode) {
        return jdbc.sql("""
                select number, pages, fee_vnd, owner_id, stored_document from certified_copy
                where dossier_code = ? order by id""")
                .param(dossierCode).query(this::copy).list();
    }

    /** A copy the commune certified, by its number (the officer prints the paper copy from it). */
    public Optional<CertifiedCopy> find(String commune, String number) {
        return jdbc.sql("""
                select number, pages, fee_vnd, owner_id, stored_document from certified_copy
                where commune = ? and number = ?""")
                .params(commune, number).query(this::copy).optional();
    }

    private CertifiedCopy copy(ResultSet rs, int row) throws SQLException {
        return new CertifiedCopy(rs.getString("number"), rs.getInt("pages"), rs.getLong("fee_vnd"),
                store.find(rs.getString("owner_id"), rs.getLong("stored_document")).orElseThrow());
    }

    /** 5.3: the communes that certified at least one electronic copy between these instants. */
    public Set<String> communesThatCertified(Instant from, Instant until) {
        return new HashSet<>(jdbc.sql("""
                select distinct commune from certified_copy where certified_at >= ? and certified_at < ?""")
                .params(Timestamp.from(from), Timestamp.from(until)).query(String.class).list());
    }

    /** {@code {commune}-CT{year}-{n}}: the commune's register number, from 1 each year. */
    private String nextNumber(String commune, LocalDate today) {
        String prefix = commune + "-CT" + today.getYear() + "-";
        int next = jdbc.sql("""
                insert into certified_copy_register (prefix, last) values (?, 1)
                on conflict (prefix) do update set last = certified_copy_register.last + 1 returning last""")
                .param(prefix).query(Integer.class).single();
        return prefix + next;
    }
}
