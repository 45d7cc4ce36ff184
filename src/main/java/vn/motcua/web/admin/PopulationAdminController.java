package vn.motcua.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.platform.UserInputException;
import vn.motcua.population.PopulationConnections;
import vn.motcua.population.PopulationGatewaySimulator;

/**
 * The population database for the administrator: which procedures for citizens are connected to it (5.7),
 * each set here, and the simulator's mode, to watch reception go on by hand while the gateway is down or slow.
 */
@Controller
@RequestMapping("/admin/population")
class PopulationAdminController {

    private final PopulationGatewaySimulator simulator;
    private final PopulationConnections connections;
    private final Catalog catalog;

    PopulationAdminController(PopulationGatewaySimulator simulator, PopulationConnections connections,
            Catalog catalog) {
        this.simulator = simulator;
        this.connections = connections;
        this.catalog = catalog;
    }

    @GetMapping
    String page(Model model) {
        Set<String> connected = connections.connectedProcedures();
        model.addAttribute("active", simulator.active());
        model.addAttribute("mode", simulator.mode());
        model.addAttribute("modes", SimulatorMode.values());
        model.addAttribute("procedures", citizenProcedures().stream()
                .map(p -> new Row(p.code(), p.content().name(), connected.contains(p.code()))).toList());
        return "admin/population";
    }

    @PostMapping("/procedures/{code}")
    String connect(@AuthenticationPrincipal OfficerPrincipal admin, @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean connected, RedirectAttributes redirect) {
        Procedure procedure = citizenProcedures().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("population.admin.noSuchProcedure", code));
        connections.set(procedure.code(), connected, admin.getUsername());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/population#procedures";
    }

    @PostMapping("/mode")
    String mode(@RequestParam(required = false) String mode, RedirectAttributes redirect) {
        simulator.setMode(Arrays.stream(SimulatorMode.values()).filter(m -> m.name().equals(mode))
                .findFirst().orElseThrow(() -> new UserInputException("mode", "population.admin.mode.unknown")));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/population";
    }

    /** The procedures in force whose applicants may be citizens: those 5.7 counts. */
    private List<Procedure> citizenProcedures() {
        return catalog.codes().stream().map(catalog::findInForce).flatMap(Optional::stream)
                .filter(p -> p.content().applicants().contains(ApplicantType.CITIZEN)).toList();
    }

    /** A procedure as the page lists it. */
    record Row(String code, String name, boolean connected) {
    }
}
