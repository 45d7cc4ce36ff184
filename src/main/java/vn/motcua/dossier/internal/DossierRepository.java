package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Coded;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ConcurrentChangeException;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Role;

/**
 * Loads and saves the dossier aggregate. Saving checks the version read ({@code lock_version}), so
 * of two officers acting at once exactly one succeeds; children are appended, never rewritten, except
 * the steps whose deadlines and times move.
 */
@Repository
public class DossierRepository {

    private static final TypeReference<List<SupplementItem>> ITEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final JsonMapper json = JsonMapper.builder().build();

    DossierRepository(JdbcClient jdbc, ProvinceCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.calendar().workingHours().zone();
    }

    public List<String> allCodes() {
        return jdbc.sql("select code from dossier order by id").query(String.class).list();
    }

    public List<String> codesHoldingFile(String sha256) {
        return jdbc.sql("""
                select distinct d.code from dossier_file f join dossier d on d.id = f.dossier_id
                 where f.sha256 = ? order by d.code""").param(sha256).query(String.class).list();
    }

    public Optional<Dossier> find(String code) {
        Optional<Dossier> found = jdbc.sql("select * from dossier where code = ?").param(code)
                .query(this::mapDossier).optional();
        found.ifPresent(this::loadChildren);
        return found;
    }

    /**
     * The codes of the open dossiers {@code officer} holds, their rows locked until the transaction ends,
     * so no action saves one of them in between (its version check then fails and its officer is told).
     */
    public List<String> lockOpenHeldBy(String officer) {
        return jdbc.sql("select code from dossier where current_assignee = ? and status in (1, 2, 4, 5, 6, 9)"
                        + " order by id for update").param(officer).query(String.class).list();
    }

    /** How many open dossiers {@code officer} holds. */
    public long countOpenHeldBy(String officer) {
        return jdbc.sql("select count(*) from dossier where current_assignee = ? and status in (1, 2, 4, 5, 6, 9)")
                .param(officer).query(Long.class).single();
    }

    void insert(Dossier d) {
        d.id = jdbc.sql("""
                insert into dossier (code, procedure_code, procedure_version_id, procedure_name, channel, status,
                    receiving_unit, competent_unit, applicant_type, applicant_id_number, applicant_name,
                    applicant_phone, applicant_email, applicant_address, submitter_name, submitter_id_number, summary,
                    return_method, return_address, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.code, d.procedureCode, d.procedureVersionId, d.procedureName, d.channel.code(),
                        d.status.code(), d.receivingUnit, d.competentUnit, d.applicant.type().code(),
                        d.applicant.idNumber(), d.applicant.name(), d.applicant.phone(), d.applicant.email(),
                        d.applicant.address(), d.submitterName, d.submitterIdNumber, d.summary, d.returnMethod.name(),
                        d.returnAddress, instant(d.submittedAt))
                .query(Long.class).single();
        d.lockVersion = 0;
        save(d);
    }

    /** Saves what an action changed; throws {@link ConcurrentChangeException} if someone saved in between. */
    public void save(Dossier d) {
        int updated = jdbc.sql("""
                update dossier set status = ?, paused_from = ?, competent_unit = ?, return_method = ?,
                    received_at = ?, appointment_at = ?, finished_at = ?, returned_at = ?,
                    closing_reason = ?, current_step = ?, current_unit = ?, current_assignee = ?,
                    current_deadline_at = ?, supplement_count = ?, apology_count = ?,
                    lock_version = lock_version + 1, updated_at = now()
                 where id = ? and lock_version = ?""")
                .params(d.status.code(), d.pausedFrom == null ? null : d.pausedFrom.code(), d.competentUnit,
                        d.returnMethod.name(), instant(d.receivedAt), instant(d.appointment),
                        instant(d.finishedAt), instant(d.returnedAt), d.closingReason, d.currentStep, d.currentUnit,
                        d.currentAssignee, instant(d.currentDeadline), d.supplementCount, d.apologyCount, d.id,
                        d.lockVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException(d.code);
        }
        d.lockVersion++;
        saveSteps(d);
        for (int i = 0; i < d.storedComponents; i++) {
            updateComponent(d, d.storedComponentState.get(i), d.components.get(i));
        }
        d.components.subList(d.storedComponents, d.components.size()).forEach(c -> insertComponent(d, c));
        d.tracking.subList(d.storedTracking, d.tracking.size()).forEach(t -> insertTracking(d, t));
        saveSupplements(d);
        if (d.apology != null && !d.storedApology) {
            insertApology(d);
        }
        d.markStored();
    }

    /**
     * The process is placed once, at receipt; afterwards a transition changes one or two steps (their
     * start, end or deadline), and only those rows are written.
     */
    private void saveSteps(Dossier d) {
        if (d.storedSteps.isEmpty()) {
            d.steps.forEach(s -> jdbc.sql("""
                    insert into dossier_step (dossier_id, position, name, role, unit, share_percent, deadline_at,
                        started_at, completed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(d.id, s.position(), s.name(), s.role().name(), s.unit(), s.sharePercent(), instant(s.deadline()),
                            instant(s.startedAt()), instant(s.completedAt()))
                    .update());
            return;
        }
        for (int i = 0; i < d.steps.size(); i++) {
            DossierView.Step s = d.steps.get(i);
            if (!s.equals(d.storedSteps.get(i))) {
                jdbc.sql("""
                        update dossier_step set deadline_at = ?, started_at = ?, completed_at = ?
                         where dossier_id = ? and position = ?""")
                        .params(instant(s.deadline()), instant(s.startedAt()), instant(s.completedAt()), d.id,
                                s.position())
                        .update();
            }
        }
    }

    private void insertComponent(Dossier d, DossierView.Component c) {
        jdbc.sql("""
                insert into dossier_component (dossier_id, position, name, originals, copies, submitted, digitised,
                    reused, from_national_store) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id, c.position(), c.name(), c.originals(), c.copies(), c.submitted(), c.digitised(),
                        c.reused(), c.fromNationalStore())
                .update();
        insertFiles(d, c.position(), c.files());
    }

    /** A component a supplement filled: its counts and flags, and the files it gained (files are never removed). */
    private void updateComponent(Dossier d, DossierView.Component stored, DossierView.Component now) {
        if (stored.equals(now)) {
            return;
        }
        jdbc.sql("""
                update dossier_component set originals = ?, copies = ?, submitted = ?, digitised = ?
                 where dossier_id = ? and position = ?""")
                .params(now.originals(), now.copies(), now.submitted(), now.digitised(), d.id, now.position())
                .update();
        insertFiles(d, now.position(), now.files().subList(stored.files().size(), now.files().size()));
    }

    private void insertFiles(Dossier d, int position, List<AttachedFile> files) {
        for (AttachedFile f : files) {
            jdbc.sql("""
                    insert into dossier_file (dossier_id, component_position, sha256, original_name, media_type,
                        size_bytes, added_at, added_by) values (?, ?, ?, ?, ?, ?, now(), ?)""")
                    .params(d.id, position, f.sha256(), f.originalName(), f.mediaType(), f.size(),
                            d.tracking.isEmpty() ? "" : d.tracking.getLast().fromOfficer())
                    .update();
        }
    }

    private void insertTracking(Dossier d, TrackingEntry t) {
        jdbc.sql("""
                insert into dossier_tracking (dossier_id, seq, action, status_after, step_name, from_officer,
                    from_name, from_unit, to_officer, to_unit, at, step_deadline, outcome, note, on_behalf_of,
                    on_behalf_name, handed_over_from, handed_over_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id, t.seq(), t.action().name(), t.statusAfter().code(), t.stepName(), t.fromOfficer(),
                        t.fromName(), t.fromUnit(), t.toOfficer(), t.toUnit(), instant(t.at()),
                        instant(t.stepDeadline()), t.outcome() == null ? null : t.outcome().name(), t.note(),
                        t.onBehalfOf(), t.onBehalfName(), t.handedOverFrom(), t.handedOverName())
                .update();
    }

    private void saveSupplements(Dossier d) {
        for (DossierView.SupplementRound r : d.supplements) {
            jdbc.sql("""
                    insert into dossier_supplement (dossier_id, round, requested_at, requested_by, items, supplied_at)
                    values (?, ?, ?, ?, cast(? as jsonb), ?)
                    on conflict (dossier_id, round) do update set supplied_at = excluded.supplied_at""")
                    .params(d.id, r.round(), instant(r.requestedAt()), r.requestedBy(),
                            json.writeValueAsString(r.items()), instant(r.suppliedAt()))
                    .update();
        }
    }

    private void insertApology(Dossier d) {
        DossierView.Apology a = d.apology;
        jdbc.sql("""
                insert into dossier_apology (dossier_id, issued_at, issued_by, reason, previous_appointment,
                    new_appointment) values (?, ?, ?, ?, ?, ?)""")
                .params(d.id, instant(a.issuedAt()), a.issuedBy(), a.reason(), instant(a.previousAppointment()),
                        instant(a.newAppointment()))
                .update();
    }

    private void loadChildren(Dossier d) {
        d.steps = new ArrayList<>(jdbc.sql("select * from dossier_step where dossier_id = ? order by position")
                .param(d.id).query((rs, n) -> new DossierView.Step(rs.getInt("position"), rs.getString("name"),
                        Role.valueOf(rs.getString("role")), rs.getString("unit"), rs.getInt("share_percent"),
                        local(rs, "deadline_at"), local(rs, "started_at"), local(rs, "completed_at"))).list());
        List<AttachedFile>[] files = filesByComponent(d);
        d.components = new ArrayList<>(jdbc.sql("select * from dossier_component where dossier_id = ? order by position")
                .param(d.id).query((rs, n) -> new DossierView.Component(rs.getInt("position"), rs.getString("name"),
                        rs.getInt("originals"), rs.getInt("copies"), rs.getBoolean("submitted"),
                        rs.getBoolean("digitised"), rs.getBoolean("reused"), rs.getBoolean("from_national_store"),
                        files.length >= rs.getInt("position") ? files[rs.getInt("position") - 1] : List.of()))
                .list());
        d.supplements = new ArrayList<>(jdbc.sql("select * from dossier_supplement where dossier_id = ? order by round")
                .param(d.id).query((rs, n) -> new DossierView.SupplementRound(rs.getInt("round"),
                        local(rs, "requested_at"), rs.getString("requested_by"),
                        json.readValue(rs.getString("items"), ITEMS), local(rs, "supplied_at"))).list());
        d.apology = jdbc.sql("select * from dossier_apology where dossier_id = ?").param(d.id)
                .query((rs, n) -> new DossierView.Apology(local(rs, "issued_at"), rs.getString("issued_by"),
                        rs.getString("reason"), local(rs, "previous_appointment"), local(rs, "new_appointment")))
                .optional().orElse(null);
        d.tracking = new ArrayList<>(jdbc.sql("select * from dossier_tracking where dossier_id = ? order by seq")
                .param(d.id).query(this::mapTracking).list());

        d.markStored();
    }

    @SuppressWarnings("unchecked")
    private List<AttachedFile>[] filesByComponent(Dossier d) {
        int count = jdbc.sql("select count(*) from dossier_component where dossier_id = ?").param(d.id)
                .query(Integer.class).single();
        List<AttachedFile>[] files = new List[count];
        for (int i = 0; i < count; i++) {
            files[i] = new ArrayList<>();
        }
        jdbc.sql("select * from dossier_file where dossier_id = ? order by id").param(d.id).query(rs -> {
            files[rs.getInt("component_position") - 1].add(new AttachedFile(rs.getString("sha256"),
                    rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes")));
        });
        return files;
    }

    private TrackingEntry mapTracking(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new TrackingEntry(rs.getInt("seq"), DossierAction.valueOf(rs.getString("action")),
                DossierStatus.ofCode(rs.getInt("status_after")), rs.getString("step_name"),
                rs.getString("from_officer"), rs.getString("from_name"), rs.getString("from_unit"),
                rs.getString("to_officer"), rs.getString("to_unit"), local(rs, "at"), local(rs, "step_deadline"),
                outcome == null ? null : TrackingEntry.Outcome.valueOf(outcome), rs.getString("note"),
                rs.getString("on_behalf_of"), rs.getString("on_behalf_name"), rs.getString("handed_over_from"),
                rs.getString("handed_over_name"));
    }

    private Dossier mapDossier(ResultSet rs, int row) throws SQLException {
        Dossier d = new Dossier();
        d.id = rs.getLong("id");
        d.code = rs.getString("code");
        d.lockVersion = rs.getInt("lock_version");
        d.procedureCode = rs.getString("procedure_code");
        d.procedureVersionId = rs.getLong("procedure_version_id");
        d.procedureName = rs.getString("procedure_name");
        d.channel = Channel.ofCode(rs.getInt("channel"));
        d.status = DossierStatus.ofCode(rs.getInt("status"));
        int pausedFrom = rs.getInt("paused_from");
        d.pausedFrom = rs.wasNull() ? null : DossierStatus.ofCode(pausedFrom);
        d.receivingUnit = rs.getString("receiving_unit");
        d.competentUnit = rs.getString("competent_unit");
        d.applicant = new Applicant(Coded.parse(ApplicantType.class, rs.getString("applicant_type")),
                rs.getString("applicant_id_number"), rs.getString("applicant_name"), rs.getString("applicant_phone"),
                rs.getString("applicant_email"), rs.getString("applicant_address"));
        d.submitterName = rs.getString("submitter_name");
        d.submitterIdNumber = rs.getString("submitter_id_number");
        d.summary = rs.getString("summary");
        d.returnMethod = ReturnMethod.valueOf(rs.getString("return_method"));
        d.returnAddress = rs.getString("return_address");
        d.submittedAt = local(rs, "submitted_at");
        d.receivedAt = local(rs, "received_at");
        d.appointment = local(rs, "appointment_at");
        d.finishedAt = local(rs, "finished_at");
        d.returnedAt = local(rs, "returned_at");
        d.closingReason = rs.getString("closing_reason");
        int step = rs.getInt("current_step");
        d.currentStep = rs.wasNull() ? null : step;
        d.currentUnit = rs.getString("current_unit");
        d.currentAssignee = rs.getString("current_assignee");
        d.currentDeadline = local(rs, "current_deadline_at");
        d.supplementCount = rs.getInt("supplement_count");
        d.apologyCount = rs.getInt("apology_count");
        return d;
    }

    LocalDateTime local(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : LocalDateTime.ofInstant(value.toInstant(), zone);
    }

    java.time.OffsetDateTime instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }

    ZoneId zone() {
        return zone;
    }
}
