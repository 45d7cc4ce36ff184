package vn.motcua.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitLevel;

/** Units in table {@code organization_unit}. */
@Repository
public class UnitRepository {

    private static final String COLUMNS = "identifier, name, level, kind, parent_identifier, active, postal_address";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Unit> findAll() {
        return jdbc.sql("select " + COLUMNS + " from organization_unit order by level desc, kind, identifier")
                .query(UnitRepository::map).list();
    }

    public Optional<Unit> find(String identifier) {
        return jdbc.sql("select " + COLUMNS + " from organization_unit where identifier = ?")
                .param(identifier).query(UnitRepository::map).optional();
    }

    public boolean exists(String identifier) {
        return jdbc.sql("select count(*) from organization_unit where identifier = ?")
                .param(identifier).query(Integer.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from organization_unit").query(Long.class).single();
    }

    public void insert(Unit unit) {
        jdbc.sql("insert into organization_unit (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(unit.identifier(), unit.name(), unit.level().name(), unit.kind().name(), unit.parent(),
                        unit.active(), unit.postalAddress())
                .update();
    }

    public void update(Unit unit) {
        jdbc.sql("""
                update organization_unit set name = ?, level = ?, kind = ?, parent_identifier = ?, active = ?,
                       postal_address = ?, updated_at = now()
                 where identifier = ?""")
                .params(unit.name(), unit.level().name(), unit.kind().name(), unit.parent(), unit.active(),
                        unit.postalAddress(), unit.identifier())
                .update();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("identifier"), rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_identifier"), rs.getBoolean("active"),
                rs.getString("postal_address"));
    }
}
