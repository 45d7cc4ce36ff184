package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotcuaIntegrationTest;

/**
 * Migration V252 brings versions published before it to what the demo seed now publishes: components
 * conditional by the same reading of their wording, notes about the listing moved to the source. Each
 * case puts the old shape back in a transaction, runs the migration's updates and is rolled back.
 */
@MotcuaIntegrationTest
class CatalogPublicationMigrationTest {

    static final String MIGRATION = "db/migration/V252__catalog_publication.sql";
    static final String DEMO_VERSIONS = "decision_number = '123/QĐ-UBND' and status = 'in_force'";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void componentsPublishedBeforeTheFlagAreMarkedAsTheSeedMarksThem() throws IOException {
        List<String> updates = updates();
        Map<String, String> seeded = flags();
        assertThat(seeded.values()).anyMatch(f -> f.contains("true")).anyMatch(f -> f.contains("false"));
        inRolledBackTransaction(() -> {
            jdbc.sql("""
                    update catalog_procedure_version set content = jsonb_set(content, '{components}', (
                        select coalesce(jsonb_agg(c - 'conditional' order by n), '[]'::jsonb)
                          from jsonb_array_elements(content -> 'components') with ordinality as t (c, n)))
                     where jsonb_typeof(content -> 'components') = 'array'""").update();
            assertThat(flags().values()).allMatch(f -> !f.contains("true"));
            jdbc.sql(updates.get(0)).update();
            assertThat(flags()).isEqualTo(seeded);
        });
    }

    @Test
    void notesAboutTheListingMoveToTheSourceOnlyAdministratorsSee() throws IOException {
        List<String> updates = updates();
        inRolledBackTransaction(() -> {
            jdbc.sql("""
                    update catalog_procedure_version set content = jsonb_set(jsonb_set(content, '{timeLimit,note}',
                           to_jsonb('Danh mục quốc gia ghi ''1'' không kèm đơn vị thời gian'::text)),
                           '{source}', to_jsonb('https://dichvucong.gov.vn/1'::text))
                     where procedure_code = '1.000894' and status = 'in_force'""").update();
            jdbc.sql("""
                    update catalog_procedure_version set content = jsonb_set(jsonb_set(content, '{fees,0,note}',
                           to_jsonb('Mô tả ghi 700.000 đồng/cơ sở'::text)), '{source}', to_jsonb('https://x'::text))
                     where procedure_code = '2.001827' and status = 'in_force'""").update();
            jdbc.sql(updates.get(1)).update();
            jdbc.sql(updates.get(2)).update();

            assertThat(content("1.000894", "content #>> '{timeLimit,note}'")).isNull();
            assertThat(content("1.000894", "content ->> 'source'")).isEqualTo(
                    "https://dichvucong.gov.vn/1\nThời hạn: Danh mục quốc gia ghi '1' không kèm đơn vị thời gian");
            assertThat(content("2.001827", "content #>> '{fees,0,note}'")).isNull();
            assertThat(content("2.001827", "content #>> '{fees,0,amountVnd}'")).isEqualTo("700000");
            assertThat(content("2.001827", "content ->> 'source'")).startsWith("https://x\n")
                    .endsWith(": Mô tả ghi 700.000 đồng/cơ sở");
        });
    }

    /** The migration's update statements, in order. */
    private static List<String> updates() throws IOException {
        try (InputStream in = new ClassPathResource(MIGRATION).getInputStream()) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sql.split(";\\s*\\n"))
                    .map(s -> s.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")).strip())
                    .filter(s -> s.startsWith("update")).toList();
        }
    }

    /** Each demo procedure's conditional flags, e.g. {@code [false, true]}. */
    private Map<String, String> flags() {
        return jdbc.sql("select procedure_code, jsonb_path_query_array(content, '$.components[*].conditional')::text"
                        + " from catalog_procedure_version where " + DEMO_VERSIONS)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String content(String code, String expression) {
        return jdbc.sql("select " + expression + " from catalog_procedure_version where procedure_code = ? and "
                + "status = 'in_force'").param(code).query(String.class).list().getFirst();
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
