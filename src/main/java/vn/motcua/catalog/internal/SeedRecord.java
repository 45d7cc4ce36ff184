package vn.motcua.catalog.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One record of {@code seed/procedures.sample.json}, as the data's README describes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SeedRecord(
        String code,
        String name,
        String field,
        String level,
        String agency,
        @JsonProperty("processing_time") Time processingTime,
        List<SeedFee> fees,
        @JsonProperty("online_level") String onlineLevel,
        @JsonProperty("result_requires_paper") Boolean resultRequiresPaper,
        List<String> components,
        String applicants,
        String source) {

    record Time(int value, String unit, String note) {
    }

    record SeedFee(String name, @JsonProperty("amount_vnd") Long amountVnd, String note) {
    }
}
