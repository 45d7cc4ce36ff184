package vn.motcua.dossier;

import java.util.List;

/**
 * One component (thành phần hồ sơ) as handed in: which published component it satisfies, how many
 * originals and copies, its files, and where its electronic copy came from.
 *
 * @param name the published component's name
 * @param originals originals handed in
 * @param copies copies handed in
 * @param submitted false when the applicant did not hand it in (e.g. an optional component)
 * @param reused taken from the applicant's data store instead of asked for again
 * @param fromNationalStore taken from the national data store
 * @param files scans or electronic files; any file makes the component digitised
 */
public record ComponentInput(String name, int originals, int copies, boolean submitted, boolean reused,
        boolean fromNationalStore, List<AttachedFile> files) {

    public ComponentInput {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
