package vn.motcua.dossier;

import java.util.List;

/**
 * What the applicant hands in for one item of the open supplement request: paper brought to the
 * counter, files uploaded, or both. It fills the component the item names (its counts add up, its
 * files join the earlier ones) or, for a new document, becomes a new component.
 *
 * @param item the item's position (from 1) in the request
 * @param originals originals handed in
 * @param copies copies handed in
 * @param files the files; any file makes the component digitised
 */
public record SupplementAnswer(int item, int originals, int copies, List<AttachedFile> files) {

    public SupplementAnswer {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Nothing handed in: no paper and no file. */
    public boolean isEmpty() {
        return originals <= 0 && copies <= 0 && files.isEmpty();
    }
}
