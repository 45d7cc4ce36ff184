package vn.motcua.index;

import java.util.List;

/**
 * Chi tiết một tiêu chí: the dossiers or procedures counted in one criterion, those losing points
 * first.
 *
 * @param criterion the criterion
 * @param total items counted (its denominator's items)
 * @param meeting items that meet it
 * @param page zero-based page shown
 * @param size page size
 * @param lines the page's items
 */
public record DrillDown(Criterion criterion, long total, long meeting, int page, int size, List<DrillDownLine> lines) {

    public DrillDown {
        lines = List.copyOf(lines);
    }
}
