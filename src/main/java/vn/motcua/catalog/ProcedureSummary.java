package vn.motcua.catalog;

import java.util.List;

/**
 * A procedure as a search result lists it.
 *
 * @param code national (or local) code
 * @param localCode code localised to the province
 * @param name tên thủ tục
 * @param field lĩnh vực
 * @param level province or commune
 * @param units competent units' identifiers
 * @param onlineLevel online service level, null when not stated
 * @param timeLimit time limit
 * @param versionId the version in force
 * @param version its number
 */
public record ProcedureSummary(String code, String localCode, String name, String field, ProcedureLevel level,
        List<String> units, OnlineLevel onlineLevel, TimeLimit timeLimit, long versionId, int version) {

    public static ProcedureSummary of(Procedure procedure) {
        ProcedureContent c = procedure.content();
        return new ProcedureSummary(c.code(), procedure.localCode(), c.name(), c.field(), c.level(), c.units(),
                c.onlineLevel(), c.timeLimit(), procedure.versionId(), procedure.version());
    }
}
