package vn.motcua.catalog.internal;

import java.util.Comparator;
import java.util.List;

/**
 * The order of search results a portal user expects: the exact code first, then codes starting with
 * what was typed, then names containing the whole phrase, then names containing every word, then
 * matches elsewhere (field, agency, components); among equals, shorter names first, then A–Z.
 */
public final class SearchRanking {

    /** A procedure that matched the query, with just what ranking needs. */
    public record Candidate(long versionId, String code, String localCode, String searchName) {
    }

    enum Tier { EXACT_CODE, CODE_PREFIX, PHRASE_IN_NAME, ALL_WORDS_IN_NAME, ELSEWHERE }

    private SearchRanking() {
    }

    /** Candidates best first. */
    public static List<Candidate> rank(SearchQuery query, List<Candidate> candidates) {
        Comparator<Candidate> order = Comparator.<Candidate, Tier>comparing(c -> tier(query, c))
                .thenComparingInt(c -> c.searchName().length())
                .thenComparing(Candidate::searchName);
        return candidates.stream().sorted(order).toList();
    }

    static Tier tier(SearchQuery query, Candidate candidate) {
        String code = query.codePrefix();
        if (code != null && (code.equals(candidate.code()) || code.equalsIgnoreCase(candidate.localCode()))) {
            return Tier.EXACT_CODE;
        }
        if (code != null && (candidate.code().startsWith(code)
                || candidate.localCode().toLowerCase(java.util.Locale.ROOT).startsWith(code))) {
            return Tier.CODE_PREFIX;
        }
        String name = " " + candidate.searchName() + " ";
        if (!query.isEmpty() && name.contains(" " + query.phrase())) {
            return Tier.PHRASE_IN_NAME;
        }
        if (!query.isEmpty() && query.words().stream().allMatch(w -> name.contains(" " + w))) {
            return Tier.ALL_WORDS_IN_NAME;
        }
        return Tier.ELSEWHERE;
    }
}
