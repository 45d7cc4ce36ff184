package vn.motcua.nationalcatalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/**
 * A procedure as the national procedure database (Cơ sở dữ liệu quốc gia về thủ tục hành chính) lists it.
 *
 * @param code mã thủ tục, e.g. {@code 1.001612}
 * @param name tên thủ tục
 * @param decision the ministry's announcement decision that published it (quyết định công bố), as listed
 * @param field lĩnh vực
 * @param applicants đối tượng thực hiện, as listed
 * @param result kết quả thực hiện; null when not listed
 * @param resultCode the national result code ({@code KQ.…}); null when not listed
 * @param ministry the ministry whose list it is on
 * @param source the portal page
 * @param levels where it is handled: Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NationalProcedure(String code, String name, String decision, String field, String applicants,
        String result, @JsonProperty("result_code") String resultCode, String ministry, String source,
        List<String> levels) {

    /** The levels at which a province handles a procedure: the others are the ministries' own. */
    public static final Set<String> LOCAL_LEVELS = Set.of("Cấp tỉnh", "Cấp xã");

    public NationalProcedure {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** Handled at province or commune level: the province's to adopt. */
    public boolean local() {
        return levels.stream().anyMatch(LOCAL_LEVELS::contains);
    }
}
