package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitLevel;

@MotcuaIntegrationTest
class ApplicationStartsTest {

    @Autowired
    UnitDirectory units;

    @Autowired
    OfficerDirectory officers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEmbeddedDatabaseWritesDurably() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void seedsTheDemoProvinceWithItsDepartmentsCommunesAndEveryRole() {
        assertThat(units.ofLevel(UnitLevel.PROVINCE)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(units.ofLevel(UnitLevel.COMMUNE)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(officers.all()).extracting(o -> o.role().name())
                .contains("RECEPTION", "SPECIALIST", "LEADER", "CLERK", "ADMINISTRATOR", "SUPERVISOR");
    }
}
