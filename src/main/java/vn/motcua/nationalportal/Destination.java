package vn.motcua.nationalportal;

/**
 * Where the changes of a dossier are delivered from the one outbox: each has its own backlog, order per
 * dossier, retries and parked changes.
 */
public enum Destination {
    /** Cổng Dịch vụ công quốc gia: the dossier object and its progress entries. */
    PORTAL,
    /** Hệ thống EMC giám sát: one monitoring event per reception, processing, assignment and return. */
    EMC
}
