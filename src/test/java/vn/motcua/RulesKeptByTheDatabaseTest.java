package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierFixtures;

/**
 * Every rule the database keeps, broken on purpose. For each: the trigger, constraint or unique index is
 * there under its name; each statement that would break the rule is refused with the rule's own
 * message; and, with that one object dropped, the same statement goes through, so what refused it was
 * this rule and nothing else. Every attempt runs in a transaction rolled back afterwards, so the shared
 * database keeps its rows and its rules. A trigger added to the schema without a rule here fails
 * {@link #noTriggerIsLeftUntested()}.
 */
@MotcuaIntegrationTest
class RulesKeptByTheDatabaseTest {

    /** A dossier's result (kết quả) and a supervisor's look-up, made inside the attempt's transaction. */
    private static final String A_RESULT = "insert into dossier_result (dossier_code, seq, code, sha256, original_name,"
            + " media_type, size_bytes, issued_at, issued_by) values ('RULES-1', 999, 'RULES-1-KQ999',"
            + " repeat('a', 64), 'kq.pdf', 'application/pdf', 1, now(), 'vanthu.tuphap')";
    private static final String A_LOOKUP = "insert into dossier_lookup (officer, officer_name, search_term, looked_at)"
            + " values ('giamsat', 'Lò Thị Giám', 'RulesKeptByTheDatabaseTest', now())";
    private static final String A_POPULATION_LOOKUP = "insert into population_lookup (looked_up_at, looked_up_by,"
            + " purpose, id_number, outcome, request_id) values (now(), 'tiepnhan', 'COUNTER_RECEPTION', '011090001234',"
            + " 'NOT_FOUND', 'rules')";
    private static final String A_RATING = "insert into feedback_rating (dossier_code, procedure_code, competent_unit,"
            + " satisfaction, rated_at) values ('RULES-1', '1.013859', '000.00.02.H18', 'SATISFIED', now())";
    private static final String A_NOTIFICATION = "insert into notification_outbox (dedup_key, dossier_code, kind,"
            + " channel, recipient, language, subject, body, next_attempt_at, created_at) values ('RULES-1/RECEIVED/SMS',"
            + " 'RULES-1', 'RECEIVED', 'SMS', '0912345678', 'vi', '', 'Hồ sơ RULES-1', now(), now())";
    private static final String A_DELEGATION = "insert into organization_delegation (leader, deputy, unit, valid_from,"
            + " valid_to, created_by, created_at) values ('lanhdao.tuphap', '%s', '000.00.02.H18', date '2026-03-%s',"
            + " date '2026-03-10', 'lanhdao.tuphap', now())";

    private static final String AN_ARCHIVED_DOSSIER = "insert into archive_record (dossier_code, procedure_code,"
            + " procedure_name, receiving_unit, competent_unit, applicant_id_number, applicant_name, status, submitted_at,"
            + " closed_at, retention_years, retain_until, archived_at, state, manifest) values ('RULES-1', '1.013859',"
            + " 'Cấp thẻ', '000.00.01.H18', '000.00.02.H18', '011090001234', 'A', 'RETURNED', now(), now(), 10,"
            + " current_date, now(), 'ARCHIVED', '{}')";
    private static final String AN_ARCHIVED_FILE = "insert into archive_file (dossier_code, seq, kind, name, media_type,"
            + " size_bytes, sha256) values ('RULES-1', 1, 'COMPONENT', 'don.pdf', 'application/pdf', 1, repeat('a', 64))";
    private static final String A_DISPOSAL = "insert into archive_disposal_audit (dossier_code, proposed_by, proposed_at,"
            + " reason, approved_by, approved_at, files) values ('RULES-1', 'giamsat', now(), 'Hết hạn', '%s', now(), '[]')";

    /**
     * @param object    the trigger, constraint or index, by name
     * @param table     the table it guards
     * @param kind      how to drop it
     * @param setup     rows the attempts need, written first in the same transaction
     * @param attempts  statements that break the rule
     * @param refusal   what the refusal says
     */
    record Rule(String object, String table, Kind kind, List<String> setup, List<String> attempts, String refusal) {

        @Override
        public String toString() {
            return object;
        }

        String drop() {
            return switch (kind) {
                case TRIGGER -> "drop trigger " + object + " on " + table;
                case CONSTRAINT -> "alter table " + table + " drop constraint " + object;
                case UNIQUE_INDEX -> "drop index " + object;
            };
        }
    }

    enum Kind { TRIGGER, CONSTRAINT, UNIQUE_INDEX }

    static Stream<Rule> rules() {
        String sheet = "The tracking sheet (dossier_tracking) cannot be changed or deleted";
        String result = "A dossier result (dossier_result) cannot be changed or deleted";
        String lookups = "The look-up log (dossier_lookup) cannot be changed or deleted";
        String disposal = "The disposal audit (archive_disposal_audit) cannot be changed or deleted";
        String archived = "is never deleted and its files are never changed";
        return Stream.of(
                // Phiếu kiểm soát quá trình: append-only.
                new Rule("dossier_tracking_append_only", "dossier_tracking", Kind.TRIGGER, List.of(),
                        List.of("update dossier_tracking set note = 'sửa'", "delete from dossier_tracking"), sheet),
                new Rule("dossier_tracking_no_truncate", "dossier_tracking", Kind.TRIGGER, List.of(),
                        List.of("truncate dossier_tracking"), sheet),
                // A result issued stays issued.
                new Rule("dossier_result_append_only", "dossier_result", Kind.TRIGGER, List.of(A_RESULT),
                        List.of("update dossier_result set sha256 = repeat('b', 64)", "delete from dossier_result"),
                        result),
                new Rule("dossier_result_no_truncate", "dossier_result", Kind.TRIGGER, List.of(A_RESULT),
                        List.of("truncate dossier_result"), result),
                // Who looked at which dossier, for supervisors' accountability.
                new Rule("dossier_lookup_append_only", "dossier_lookup", Kind.TRIGGER, List.of(A_LOOKUP),
                        List.of("update dossier_lookup set officer = 'x'", "delete from dossier_lookup"), lookups),
                new Rule("dossier_lookup_no_truncate", "dossier_lookup", Kind.TRIGGER, List.of(A_LOOKUP),
                        List.of("truncate dossier_lookup"), lookups),
                new Rule("dossier_lookup_check", "dossier_lookup", Kind.CONSTRAINT, List.of(),
                        List.of("insert into dossier_lookup (officer, officer_name, looked_at)"
                                + " values ('giamsat', 'Lò Thị Giám', now())"), "dossier_lookup_check"),
                // The login audit proves nothing if it can be edited.
                new Rule("login_audit_append_only", "login_audit", Kind.TRIGGER,
                        List.of("insert into login_audit (at, event, scope, username) values (now(), 'BAD_PASSWORD',"
                                + " 'OFFICER', 'rules')"),
                        List.of("update login_audit set username = 'someone else'", "delete from login_audit",
                                "truncate login_audit"), "login_audit is append-only"),
                // The population look-ups' log: who looked whom up, for which dossier, why; never edited.
                new Rule("population_lookup_no_change", "population_lookup", Kind.TRIGGER, List.of(A_POPULATION_LOOKUP),
                        List.of("update population_lookup set outcome = 'FOUND' where request_id = 'rules'",
                                "delete from population_lookup where request_id = 'rules'"),
                        "population_lookup is append-only"),
                new Rule("population_lookup_no_truncate", "population_lookup", Kind.TRIGGER,
                        List.of(A_POPULATION_LOOKUP), List.of("truncate population_lookup cascade"),
                        "population_lookup is append-only"),
                // The records archive: a disposal's audit is never changed; an archived dossier never deleted.
                new Rule("archive_disposal_audit_no_change", "archive_disposal_audit", Kind.TRIGGER,
                        List.of(AN_ARCHIVED_DOSSIER, A_DISPOSAL.formatted("admin")),
                        List.of("update archive_disposal_audit set approved_by = 'x' where dossier_code = 'RULES-1'",
                                "delete from archive_disposal_audit where dossier_code = 'RULES-1'"), disposal),
                new Rule("archive_disposal_audit_no_truncate", "archive_disposal_audit", Kind.TRIGGER,
                        List.of(AN_ARCHIVED_DOSSIER, A_DISPOSAL.formatted("admin")),
                        List.of("truncate archive_disposal_audit"), disposal),
                new Rule("archive_disposal_two_people", "archive_disposal_audit", Kind.CONSTRAINT,
                        List.of(AN_ARCHIVED_DOSSIER), List.of(A_DISPOSAL.formatted("giamsat")),
                        "archive_disposal_two_people"),
                new Rule("archive_record_never_deleted", "archive_record", Kind.TRIGGER, List.of(AN_ARCHIVED_DOSSIER),
                        List.of("delete from archive_record where dossier_code = 'RULES-1'"), archived),
                new Rule("archive_file_never_changed", "archive_file", Kind.TRIGGER,
                        List.of(AN_ARCHIVED_DOSSIER, AN_ARCHIVED_FILE),
                        List.of("update archive_file set name = 'khac.pdf' where dossier_code = 'RULES-1'",
                                "delete from archive_file where dossier_code = 'RULES-1'"), archived),
                // Exactly one version of a procedure in force.
                new Rule("catalog_version_one_in_force", "catalog_procedure_version", Kind.UNIQUE_INDEX, List.of(),
                        List.of("insert into catalog_procedure_version (procedure_code, version, status, name, field,"
                                + " level, unit_identifiers, decision_number, decision_signed_on, decision_effective_from,"
                                + " content, search_name, search_text, published_at) select procedure_code, version + 1000,"
                                + " status, name, field, level, unit_identifiers, decision_number, decision_signed_on,"
                                + " decision_effective_from, content, search_name, search_text, published_at"
                                + " from catalog_procedure_version where status = 'in_force' limit 1"),
                        "catalog_version_one_in_force"),
                // One satisfaction rating per dossier.
                new Rule("feedback_rating_pkey", "feedback_rating", Kind.CONSTRAINT, List.of(A_RATING),
                        List.of(A_RATING), "feedback_rating_pkey"),
                // A notification is never queued, so never sent, twice.
                new Rule("notification_outbox_dedup_key_key", "notification_outbox", Kind.CONSTRAINT,
                        List.of(A_NOTIFICATION), List.of(A_NOTIFICATION), "notification_outbox_dedup_key_key"),
                // A delegation (ủy quyền) runs forwards in time, to someone else.
                new Rule("organization_delegation_check", "organization_delegation", Kind.CONSTRAINT, List.of(),
                        List.of(A_DELEGATION.formatted("chuyenvien.tuphap", "11")), "organization_delegation_check"),
                new Rule("organization_delegation_check1", "organization_delegation", Kind.CONSTRAINT, List.of(),
                        List.of(A_DELEGATION.formatted("lanhdao.tuphap", "01")), "organization_delegation_check1"));
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DossierFixtures fixtures;

    @BeforeEach
    void aDossierHasATrackingSheet() {
        if (jdbc.sql("select count(*) from dossier_tracking").query(Long.class).single() == 0) {
            fixtures.receiveNotaryCard("011090007007", "Quàng Văn Sáng");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleIsThereRefusesEveryBreachAndIsWhatRefusesIt(Rule rule) {
        assertThat(exists(rule)).as("%s on %s", rule.object(), rule.table()).isTrue();
        for (String attempt : rule.attempts()) {
            assertThatThrownBy(() -> rolledBack(rule.setup(), null, attempt)).as(attempt)
                    .hasMessageContaining(rule.refusal());
            assertThatCode(() -> rolledBack(rule.setup(), rule.drop(), attempt)).as("without %s: %s", rule, attempt)
                    .doesNotThrowAnyException();
        }
        assertThat(exists(rule)).as("still there after the rolled-back drops").isTrue();
    }

    @Test
    void noTriggerIsLeftUntested() {
        List<String> triggers = jdbc.sql("select tgname from pg_trigger where not tgisinternal order by tgname")
                .query(String.class).list();
        assertThat(triggers).containsExactlyInAnyOrderElementsOf(
                rules().filter(rule -> rule.kind() == Kind.TRIGGER).map(Rule::object).toList());
    }

    private boolean exists(Rule rule) {
        String query = switch (rule.kind()) {
            case TRIGGER -> "select count(*) from pg_trigger where tgname = ? and tgrelid = ?::regclass"
                    + " and tgenabled <> 'D'";
            case CONSTRAINT -> "select count(*) from pg_constraint where conname = ? and conrelid = ?::regclass";
            case UNIQUE_INDEX -> "select count(*) from pg_index where indexrelid = ?::regclass"
                    + " and indrelid = ?::regclass and indisunique";
        };
        return jdbc.sql(query).params(rule.object(), rule.table()).query(Long.class).single() == 1;
    }

    /** Runs the setup, the optional drop and the attempt in one transaction that is always rolled back. */
    private void rolledBack(List<String> setup, String drop, String attempt) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            setup.forEach(statement -> jdbc.sql(statement).update());
            if (drop != null) {
                jdbc.sql(drop).update();
            }
            jdbc.sql(attempt).update();
        });
    }
}
