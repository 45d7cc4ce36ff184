package vn.motcua.catalog;

/** Where a version of a procedure stands: exactly one version of a live procedure is in force. */
public enum VersionStatus implements Coded {
    /** Đang có hiệu lực: the version dossiers are received under. */
    IN_FORCE,
    /** Replaced by a later announcement decision; dossiers received under it keep it. */
    SUPERSEDED,
    /** Bãi bỏ: the procedure was abolished while this version was in force. */
    RETIRED
}
