package vn.motcua.datastore;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
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
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitKind;
import vn.motcua.platform.Problems;
import vn.motcua.result.UnitSeal;

/**
 * Chứng thực bản sao điện tử từ bản chính (procedure 2.000815, communes): the officer has compared the
 * paper original and scanned it; the scan gets the certification block and the commune's seal, goes to
 * the owner's data store, and is registered with its fee ({@link CopyFee}, charged once with the paper
 * copy). 5.3 reads the communes that certified ({@link #communesThatCertified}).
 */
@Service
public class CertifiedCopies {

    private final UnitDirectory units;
    private final UnitSeal seal;
    private final Documents documents;
    private final DataStore store;
    private final JdbcClient jdbc;
    private final ProvinceCalendar calendar;
    private final Clock clock;

    CertifiedCopies(UnitDirectory units, UnitSeal seal, Documents documents, DataStore store, JdbcClient jdbc,
            ProvinceCalendar calendar, Clock clock) {
        this.units = units;
        this.seal = seal;
        this.documents = documents;
        this.store = store;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Certifies the scan of an original for its owner.
     *
     * @throws vn.motcua.platform.UserInputException when the officer is not at a commune, the owner or
     *     type is missing, the scan is not a PDF, or the commune's seal cannot be used
     */
    @Transactional
    public CertifiedCopy certify(Actor officer, String ownerId, String documentType, byte[] scan) {
        Unit commune = officer.unit() == null ? null : units.find(officer.unit()).orElse(null);
        Problems problems = new Problems();
        problems.when(commune == null || commune.kind() != UnitKind.COMMUNE, "unit", "datastore.copy.communeOnly");
        problems.when(ownerId == null || ownerId.isBlank(), "ownerId", "datastore.copy.ownerRequired");
        problems.when(documentType == null || documentType.isBlank(), "documentType", "datastore.copy.typeRequired");
        problems.throwIfAny();
        LocalDate today = calendar.now().toLocalDate();
        int pages = CopyCertification.pages(scan);
        String number = nextNumber(commune.identifier(), today);
        byte[] sealed = seal.seal(commune.identifier(),
                CopyCertification.stamp(scan, number, today, officer.fullName(), commune.name()));
        FileOwner uploader = officer.fileOwner();
        StoredFile f = documents.accept("file", number + ".pdf", sealed.length, new ByteArrayInputStream(sealed),
                documents.standardRules(), uploader);
        documents.attach(uploader, f.sha256());
        StoredDocument copy = store.keep(new StoredDocument(0, ownerId.strip(), documentType.strip(),
                DocumentSource.CERTIFIED_COPY, number, null, null,
                new AttachedFile(f.sha256(), f.originalName(), f.mediaType(), f.size()), null));
        long fee = CopyFee.vnd(pages);
        jdbc.sql("""
                insert into certified_copy (number, commune, owner_id, document_type, pages, fee_vnd, certified_by,
                    certified_at, stored_document) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, commune.identifier(), copy.ownerId(), copy.documentType(), pages, fee,
                        officer.username(), Timestamp.from(clock.instant()), copy.id())
                .update();
        return new CertifiedCopy(number, pages, fee, copy);
    }

    /** A copy the commune certified, by its number (the officer prints the paper copy from it). */
    public Optional<CertifiedCopy> find(String commune, String number) {
        return jdbc.sql("""
                select number, pages, fee_vnd, owner_id, stored_document from certified_copy
                where commune = ? and number = ?""")
                .params(commune, number)
                .query((rs, row) -> new CertifiedCopy(rs.getString("number"), rs.getInt("pages"), rs.getLong("fee_vnd"),
                        store.find(rs.getString("owner_id"), rs.getLong("stored_document")).orElseThrow()))
                .optional();
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
