package vn.motcua.integration;

/**
 * How far a running import is (tiến độ), after each batch written.
 *
 * @param bytesRead bytes of the file read so far
 * @param lines non-blank lines read so far
 * @param created dossiers created so far
 * @param updated dossiers updated so far
 * @param rejected lines rejected so far
 */
public record ImportProgress(long bytesRead, long lines, long created, long updated, long rejected) {

    public static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0, 0);
}
