package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CriterionCatalogueTest {

    @Test
    void criteriaCarryTheSpecsIdsAndMaxima() {
        assertThat(Arrays.stream(Criterion.values()).map(c -> c.id() + "=" + c.max()))
                .containsExactly("1.1=6", "1.2=4", "1.3=2", "1.4=6", "2.1=20", "3.1=12", "4.1=6", "4.2=2", "4.3=2",
                        "5.1=6", "5.2=4", "5.3=2", "5.4=2", "5.5=4", "5.6=2", "5.7=2", "6.1=6", "6.2=6", "6.3=6");
    }

    @Test
    void sixGroupsMakeOneHundred() {
        assertThat(Arrays.stream(CriterionGroup.values()).map(g -> g.id() + "=" + g.max()))
                .containsExactly("1=18", "2=20", "3=12", "4=10", "5=22", "6=18");
        assertThat(Arrays.stream(CriterionGroup.values()).mapToInt(CriterionGroup::max).sum()).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(CriterionGroup.class)
    void aGroupsMaximumIsItsCriteriasSum(CriterionGroup group) {
        assertThat(group.criteria()).isNotEmpty().allSatisfy(c -> assertThat(c.id()).startsWith(group.id() + "."));
        assertThat(group.criteria().stream().mapToInt(Criterion::max).sum()).isEqualTo(group.max());
    }

    @Test
    void criteriaAreFoundByTheirId() {
        assertThat(Criterion.ofId("5.4")).isEqualTo(Criterion.DATA_REUSE);
        assertThatThrownBy(() -> Criterion.ofId("7.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
