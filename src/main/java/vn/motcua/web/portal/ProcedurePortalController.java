package vn.motcua.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Coded;
import vn.motcua.catalog.FormFile;
import vn.motcua.catalog.FormFiles;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.SubmissionMethod;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.Downloads;
import vn.motcua.web.portal.submit.ReceivingUnits;

/**
 * The public pages of the catalog: search (with the fully-online filter), a procedure with its seven
 * parts, the return date to expect if submitted now, its forms and the way in to online submission,
 * and its versions.
 */
@Controller
@RequestMapping("/procedures")
class ProcedurePortalController {

    private final Catalog catalog;
    private final UnitDirectory units;
    private final ExpectedReturn expected;
    private final FormFiles formFiles;
    private final ReceivingUnits receivingUnits;
    private final Downloads downloads;

    ProcedurePortalController(Catalog catalog, UnitDirectory units, ExpectedReturn expected, FormFiles formFiles,
            ReceivingUnits receivingUnits, Downloads downloads) {
        this.catalog = catalog;
        this.units = units;
        this.expected = expected;
        this.formFiles = formFiles;
        this.receivingUnits = receivingUnits;
        this.downloads = downloads;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String level, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean online, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        // An unknown level (a hand-edited URL) searches both levels rather than failing the page.
        ProcedureQuery query = new ProcedureQuery(q, field, Coded.parse(ProcedureLevel.class, level), unit, page,
                ProcedureQuery.DEFAULT_SIZE, online);
        ProcedurePage results = catalog.search(query);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("units", units.all().stream().filter(Unit::active).toList());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("previousUrl", results.hasPrevious() ? pageUrl(request, results.page() - 1) : null);
        model.addAttribute("nextUrl", results.hasNext() ? pageUrl(request, results.page() + 1) : null);
        return "portal/procedures";
    }

    @GetMapping("/{code}")
    String procedure(@PathVariable String code, Model model) {
        return show(catalog.latest(code), model);
    }

    @GetMapping("/{code}/versions")
    String versions(@PathVariable String code, Model model) {
        model.addAttribute("procedure", catalog.latest(code));
        model.addAttribute("versions", catalog.versions(code));
        return "portal/procedure-versions";
    }

    @GetMapping("/{code}/versions/{version}")
    String version(@PathVariable String code, @PathVariable int version, Model model) {
        return show(catalog.version(code, version), model);
    }

    /** A form file of a version, under the name, type and size the upload recorded. */
    @GetMapping("/{code}/versions/{version}/forms/{id}")
    ResponseEntity<InputStreamResource> formFile(@PathVariable String code, @PathVariable int version,
            @PathVariable long id) {
        FormFile file = formFiles.get(code, version, id);
        return downloads.stored(new AttachedFile(file.sha256(), file.originalName(), file.mediaType(), file.size()));
    }

    private String show(Procedure procedure, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("canSubmitOnline", procedure.offersOnline());
        model.addAttribute("expected", procedure.inForce() ? expected.ifReceivedNow(procedure.content().timeLimit())
                : null);
        model.addAttribute("forms", procedure.content().components().stream()
                .filter(c -> StringUtils.hasText(c.formTemplate())).toList());
        model.addAttribute("formFiles", formFiles.of(procedure.versionId()));
        model.addAttribute("postUnits", procedure.inForce() && procedure.content().methods().contains(SubmissionMethod.POST)
                ? receivingUnits.offeredFor(procedure) : List.of());
        model.addAttribute("p", procedure.content());
        model.addAttribute("versions", catalog.versions(procedure.code()));
        model.addAttribute("unitNames", unitNames());
        return "portal/procedure";
    }

    private Map<String, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(Unit::identifier, Unit::name));
    }

    private static String pageUrl(HttpServletRequest request, int page) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page).build().toUriString();
    }
}
