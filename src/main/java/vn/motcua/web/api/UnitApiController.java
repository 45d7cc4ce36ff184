package vn.motcua.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.UnitDirectory;

/** Public list of the province's units, for the portal and other systems. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Đơn vị: the province's departments, centre and communes")
class UnitApiController {

    /**
     * One unit as published.
     *
     * @param identifier electronic identifier (Decision 20/2020)
     * @param name official name
     * @param level {@code province} or {@code commune}
     * @param parent identifier of the unit above, null for the province
     */
    record UnitJson(String identifier, String name, String level, String parent) {
    }

    private final UnitDirectory units;

    UnitApiController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "List the active units", description = "Every active unit of the province with its "
            + "electronic identifier, name, level and parent.")
    List<UnitJson> units() {
        return units.all().stream().filter(u -> u.active())
                .map(u -> new UnitJson(u.identifier(), u.name(), u.level().code(), u.parent()))
                .toList();
    }
}
