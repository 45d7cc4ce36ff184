package vn.motcua.catalog;

import vn.motcua.organization.UnitLevel;

/** Cấp thực hiện: where a procedure is mainly handled. */
public enum ProcedureLevel implements Coded {
    PROVINCE,
    COMMUNE;

    /** The level of the units competent for procedures of this level. */
    public UnitLevel unitLevel() {
        return this == PROVINCE ? UnitLevel.PROVINCE : UnitLevel.COMMUNE;
    }
}
