package vn.motcua.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestUnits;
import vn.motcua.integration.PortalLines;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.WebTestSupport;

/**
 * A history import whose batch holds a line the database could not store (a NUL in MaHoSo) or a date of
 * year 99999 reports that line with its number and MaHoSo, and still imports the other lines of the batch.
 */
@MotcuaIntegrationTest
class ImportBatchIsolationTest {

    static final String UNIT = "000.99.43.H18";
    static final String PROCEDURE = "1.013859";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBadLineIsReportedAndTheOtherLinesOfItsBatchAreImported() throws Exception {
        TestUnits.commune(units, UNIT, "Xã Thử Lô Nhập");
        List<String> lines = List.of(line("ISO-1"), line("ISO-\\u00002"), line("ISO-3")
                .replace("\"NgayTra\":\"20190308090000\"", "\"NgayTra\":\"999991231090000\""), line("ISO-4"));
        WebTestSupport.mockMvc(context).perform(post("/api/v1/import/dossiers")
                        .with(httpBasic("admin", "motcua-demo")).contentType("application/x-ndjson")
                        .header("Accept-Language", "vi").content(PortalLines.file(lines)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value("MaHoSo chứa ký tự điều khiển"))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].code").value("ISO-3"));
        assertThat(jdbc.sql("select code from index_dossier_fact where code like 'ISO-%' order by code")
                .query(String.class).list()).containsExactly("ISO-1", "ISO-4");
    }

    private static String line(String code) {
        return PortalLines.returned(code, UNIT, PROCEDURE, "20190304080000", "20190308160000", "20190307100000",
                "20190308090000");
    }
}
