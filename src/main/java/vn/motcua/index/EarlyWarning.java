package vn.motcua.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cảnh báo sớm: the open dossiers that turn late within the horizon, and the points the unit loses
 * in the period if they do. A loss is the change of the displayed score, what the leader would see.
 *
 * @param atRisk the dossiers, soonest first
 * @param onTimeLoss points of 2.1 lost
 * @param satisfactionLoss points of 6.3 lost
 */
public record EarlyWarning(List<DossierAtRisk> atRisk, BigDecimal onTimeLoss, BigDecimal satisfactionLoss) {

    public EarlyWarning {
        atRisk = List.copyOf(atRisk);
    }

    public BigDecimal totalLoss() {
        return onTimeLoss.add(satisfactionLoss);
    }
}
