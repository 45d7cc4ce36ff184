package vn.motcua.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * Điểm một nhóm tiêu chí. Its score is the sum of its criteria's displayed scores, so the rows
 * a reader adds up give the group's score exactly.
 *
 * @param id "1" … "6"
 * @param name Vietnamese name
 * @param max maximum points
 * @param score sum of the criteria's scores, two decimals
 * @param criteria the rows, in catalogue order
 */
public record GroupScore(String id, String name, int max, BigDecimal score, List<CriterionScore> criteria) {

    public GroupScore {
        criteria = List.copyOf(criteria);
    }
}
