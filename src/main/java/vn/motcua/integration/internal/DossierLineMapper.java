package vn.motcua.integration.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts;

/**
 * Turns one line of the national portal's dossier format (INTEGRATION.md) into the facts the index
 * keeps, or into every reason it cannot: missing or malformed fields, an unknown unit or procedure,
 * dates that contradict the status.
 */
public final class DossierLineMapper {

    /** The longest MaHoSo, DonViXuLy or MaTTHC the facts table holds. */
    static final int MAX_CODE_LENGTH = 64;

    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().reader();
    private static final ApplicantType[] APPLICANT_TYPES = {ApplicantType.CITIZEN, ApplicantType.BUSINESS,
        ApplicantType.AGENCY, ApplicantType.ORGANISATION};

    private final References references;
    private final HistoryTimeline timelines;

    /** @param importedAt the import's moment, local: how long open dossiers without an appointment have worked */
    public DossierLineMapper(References references, WorkingCalendar calendar, LocalDateTime importedAt) {
        this.references = references;
        this.timelines = new HistoryTimeline(calendar, importedAt);
    }

    /** One line's bytes {@code [0, length)}, UTF-8 JSON. */
    public MappedLine map(byte[] line, int length) {
        JsonNode dossier;
        try {
            dossier = JSON.readTree(line, 0, length);
        } catch (JacksonException e) {
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return MappedLine.refused(null, List.of(LineProblem.of("integration.line.notJson", Math.max(column, 1))));
        }
        if (dossier == null || !dossier.isObject()) {
            return MappedLine.refused(null, List.of(LineProblem.of("integration.line.notObject")));
        }
        return map(dossier);
    }

    MappedLine map(JsonNode dossier) {
        List<LineProblem> problems = new ArrayList<>();
        PortalFields fields = PortalFields.of(dossier, problems);
        String code = fields.requiredText("MaHoSo", MAX_CODE_LENGTH);
        String unit = unit(fields, problems);
        String procedureCode = fields.requiredText("MaTTHC", MAX_CODE_LENGTH);
        Integer channel = fields.code("KenhThucHien", 1, 3, true);
        Integer applicant = fields.code("LoaiDoiTuong", 1, 4, true);
        Integer statusCode = fields.code("TrangThaiHoSo", 1, 10, true);
        int known = problems.size();
        PortalMoments moments = PortalMoments.read(fields);
        // An invalid date is reported once, not again as "missing" by the status rules below.
        boolean datesValid = problems.size() == known;
        List<Supplement> supplements = Supplement.read(fields);
        DossierFacts.Digitisation digitisation = PortalDocuments.digitisation(fields);
        DossierFacts.Payment payment = PortalDocuments.payment(fields);
        boolean verified = fields.flag("TaiKhoanDuocXacThucVoiVNeID") | !fields.entries("DSKetNoiCSDL").isEmpty();
        Procedure procedure = procedure(procedureCode, moments, problems);
        DossierStatus status = statusCode == null ? null : DossierStatus.ofCode(statusCode);
        if (status != null && datesValid) {
            moments.check(status, problems);
        }
        if (!problems.isEmpty()) {
            return MappedLine.refused(code, problems);
        }
        try {
            DossierFacts.Timeline timeline = timelines.of(status, moments, supplements, procedure.content().timeLimit());
            // syncedInTime: these records are the national portal's own data, so the portal had them.
            return MappedLine.accepted(new DossierFacts(code, unit, procedureCode, Channel.ofCode(channel),
                    APPLICANT_TYPES[applicant - 1], status, timeline, DossierFacts.ProcedureTraits.of(procedure),
                    digitisation, payment, verified, true, false));
        } catch (IllegalArgumentException e) {
            // The facts check their own consistency too; a line they refuse is one line's problem, not the import's.
            return MappedLine.refused(code, List.of(LineProblem.of("integration.line.inconsistent", e.getMessage())));
        }
    }

    /** Identifiers are upper case (000.00.02.H18); a lower-case copy from an old system still names the unit. */
    private String unit(PortalFields fields, List<LineProblem> problems) {
        String unit = fields.requiredText("DonViXuLy", MAX_CODE_LENGTH);
        if (unit == null) {
            return null;
        }
        String identifier = unit.toUpperCase(Locale.ROOT);
        if (!references.knownUnit(identifier)) {
            problems.add(LineProblem.of("integration.unit.unknown", unit));
            return null;
        }
        return identifier;
    }

    /** The catalog version in force at the receipt (else at submission), or the latest one. */
    private Procedure procedure(String code, PortalMoments moments, List<LineProblem> problems) {
        if (code == null) {
            return null;
        }
        LocalDateTime at = moments.received() != null ? moments.received() : moments.submitted();
        Procedure procedure = references.procedure(code, at).orElse(null);
        if (procedure == null) {
            problems.add(LineProblem.of("integration.procedure.unknown", code));
        }
        return procedure;
    }
}
