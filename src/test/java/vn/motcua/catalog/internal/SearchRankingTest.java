package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchRankingTest {

    private static final Map<String, String> NAMES = Map.of(
            "1.000656", "Thủ tục đăng ký khai tử",
            "1.004873", "Thủ tục đăng ký lại khai sinh",
            "1.001193", "Thủ tục đăng ký khai sinh",
            "2.000528", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
            "1.001022", "Thủ tục cấp bản sao trích lục hộ tịch, bản sao Giấy khai sinh",
            "1.001195", "Thủ tục đăng ký kết hôn");

    private static final List<SearchRanking.Candidate> CATALOG = NAMES.entrySet().stream()
            .map(e -> new SearchRanking.Candidate(0, e.getKey(), e.getKey() + ".000.00.00.H18",
                    SearchText.fold(e.getValue())))
            .toList();

    @ParameterizedTest(name = "\"{0}\" ranks \"{1}\" first")
    @CsvSource(delimiter = '|', textBlock = """
            dang ky khai sinh        | Thủ tục đăng ký khai sinh
            ĐĂNG KÝ KHAI SINH        | Thủ tục đăng ký khai sinh
            khai sinh                | Thủ tục đăng ký khai sinh
            1.001193                 | Thủ tục đăng ký khai sinh
            1.001193.000.00.00.H18   | Thủ tục đăng ký khai sinh
            ket hon                  | Thủ tục đăng ký kết hôn
            dang ky khai t           | Thủ tục đăng ký khai tử
            """)
    void ranksTheObviousAnswerFirst(String typed, String expectedFirst) {
        assertThat(names(typed).getFirst()).isEqualTo(expectedFirst);
    }

    @Test
    void khaiSinhRanksTheShortestNameWithThePhraseFirst() {
        assertThat(names("khai sinh")).startsWith(
                "Thủ tục đăng ký khai sinh",
                "Thủ tục đăng ký lại khai sinh",
                "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
                "Thủ tục cấp bản sao trích lục hộ tịch, bản sao Giấy khai sinh");
    }

    @Test
    void theWholePhraseInTheNameBeatsAllWordsScatteredInTheName() {
        assertThat(names("dang ky khai sinh")).startsWith(
                "Thủ tục đăng ký khai sinh",
                "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
                "Thủ tục đăng ký lại khai sinh");
    }

    @Test
    void aCodePrefixRanksTheCodesStartingWithItFirst() {
        List<String> codes = SearchRanking.rank(SearchQuery.of("1.00119"), CATALOG).stream()
                .map(SearchRanking.Candidate::code).toList();
        assertThat(codes.subList(0, 2)).containsExactlyInAnyOrder("1.001193", "1.001195");
    }

    private static List<String> names(String typed) {
        return SearchRanking.rank(SearchQuery.of(typed), CATALOG).stream().map(c -> NAMES.get(c.code())).toList();
    }
}
