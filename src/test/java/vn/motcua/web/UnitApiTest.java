package vn.motcua.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;

@MotcuaIntegrationTest
class UnitApiTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void listsTheUnitsPubliclyWithIdentifierNameLevelAndParent() throws Exception {
        WebTestSupport.mockMvc(context).perform(get("/api/v1/units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.identifier == '000.00.00.H18')].level").value("province"))
                .andExpect(jsonPath("$[?(@.identifier == '000.01.31.H18')].name")
                        .value("Ủy ban nhân dân phường Điện Biên Phủ"))
                .andExpect(jsonPath("$[?(@.identifier == '000.01.31.H18')].level").value("commune"))
                .andExpect(jsonPath("$[?(@.identifier == '000.01.31.H18')].parent").value("000.00.00.H18"));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        WebTestSupport.mockMvc(context).perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units'].get").exists());
    }
}
