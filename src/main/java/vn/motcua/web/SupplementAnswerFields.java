package vn.motcua.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * One answer to a supplement request as a client sends it: the item it answers and what was handed
 * in for it; counts left out are 0, files are named by reference ({@link FileReference}).
 */
@Schema(description = "What was handed in for one item of the open supplement request (SUPPLEMENT). It fills "
        + "the component the item names, or becomes a new component for a new document. Every item needs an "
        + "answer with paper (originals, copies) or files.")
public record SupplementAnswerFields(
        @Schema(description = "the item's position in the request, from 1", example = "1") Integer item,
        Integer originals, Integer copies, List<FileReference> files) {

    public SupplementAnswer toAnswer() {
        return new SupplementAnswer(item == null ? 0 : item, orZero(originals), orZero(copies),
                FileReference.toAttached(files));
    }

    /** Counts within {@link InputLimits#COPIES}, at most {@link InputLimits#LIST} files. */
    void checkLimits(Problems problems, String prefix) {
        InputLimits.count(problems, prefix + "originals", orZero(originals), InputLimits.COPIES);
        InputLimits.count(problems, prefix + "copies", orZero(copies), InputLimits.COPIES);
        InputLimits.list(problems, prefix + "files", files, InputLimits.LIST);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
