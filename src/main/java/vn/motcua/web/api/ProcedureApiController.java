package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Coded;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.VersionSummary;
import vn.motcua.platform.UserInputException;

/** The public catalog of procedures as open data: search, the version in force, the history. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "Danh mục thủ tục hành chính: the province's procedures and their versions")
class ProcedureApiController {

    private final Catalog catalog;

    ProcedureApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Search the procedures in force",
            description = "Ranked as the portal ranks them: exact code, code prefix, whole phrase in the name, all "
                    + "words in the name, words elsewhere; shorter names first. Diacritics and case do not matter.")
    ProcedurePage search(
            @Parameter(description = "Words (with or without diacritics) or a code, national or localised; a "
                    + "prefix is enough") @RequestParam(required = false) String q,
            @Parameter(description = "Lĩnh vực, exactly as listed") @RequestParam(required = false) String field,
            @Parameter(description = "province or commune") @RequestParam(required = false) String level,
            @Parameter(description = "Electronic identifier of a competent unit") @RequestParam(required = false)
            String unit,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Results per page, at most 100") @RequestParam(defaultValue = "20") int size) {
        return catalog.search(new ProcedureQuery(q, field, level(level), unit, page, size));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The procedure in force",
            description = "All seven published parts, fees, result, announcement decision, internal process and "
                    + "version. 404 when the code is unknown or the procedure was retired.")
    Procedure procedure(@PathVariable String code) {
        return catalog.inForce(code);
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "The versions of a procedure, newest first")
    List<VersionSummary> versions(@PathVariable String code) {
        return catalog.versions(code);
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "One version of a procedure, in force or not")
    Procedure version(@PathVariable String code, @PathVariable int version) {
        return catalog.version(code, version);
    }

    private static ProcedureLevel level(String level) {
        if (!StringUtils.hasText(level)) {
            return null;
        }
        ProcedureLevel parsed = Coded.parse(ProcedureLevel.class, level);
        if (parsed == null) {
            throw new UserInputException("level", "catalog.choice.invalid", level);
        }
        return parsed;
    }
}
