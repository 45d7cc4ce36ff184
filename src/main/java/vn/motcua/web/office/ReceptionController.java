package vn.motcua.web.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.NationalDataStore;
import vn.motcua.datastore.NationalLookup;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.reading.CardReader;
import vn.motcua.web.FormErrors;
import vn.motcua.web.HandlingOfficer;
import vn.motcua.web.ReceptionLimits;

/**
 * Counter reception (tiếp nhận trực tiếp): pick the procedure, then fill in the applicant, tick the
 * components received with their scans, and issue the receipt.
 */
@Controller
@RequestMapping("/office/reception")
class ReceptionController {

    private final Catalog catalog;
    private final Documents documents;
    private final DossierHandling handling;
    private final MessageSource messages;
    private final DataStore store;
    private final NationalLookup national;
    private final CounterPopulationLookup populationDatabase;
    private final CounterCardReading cardReading;

    ReceptionController(Catalog catalog, Documents documents, DossierHandling handling,
            MessageSource messages, DataStore store, NationalLookup national, CounterPopulationLookup populationDatabase,
            CounterCardReading cardReading) {
        this.populationDatabase = populationDatabase;
        this.cardReading = cardReading;
        this.store = store;
        this.national = national;
        this.catalog = catalog;
        this.documents = documents;
        this.handling = handling;
        this.messages = messages;
    }

    @GetMapping
    String pickProcedure(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? null : catalog.search(ProcedureQuery.text(q)));
        return "office/reception-pick";
    }

    @GetMapping("/{procedureCode}")
    String form(@PathVariable String procedureCode, Model model) {
        Procedure procedure = catalog.inForce(procedureCode);
        return form(model, procedure, ReceptionForm.blank(procedure.content().components()), FormErrors.none());
    }

    /**
     * Not through {@code FormSubmission}: the redirect goes to the new dossier, whose code exists only
     * once it is received. Scans are stored first; accepted ones stay attached if the form comes back.
     * {@code lookup}: show the form again with what the applicant's data store offers, receive nothing.
     * {@code population}: look the ID number up in the population database and show the form again with the
     * applicant's details filled in, or with why not; the look-up's number rides in {@code populationLookup}
     * to the dossier, which records it (verified, or entered by hand).
     * {@code readCard}: read the ID card image sent in {@code idCard} and show the form again with what it says.
     */
    @PostMapping("/{procedureCode}")
    String receive(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String procedureCode,
            @ModelAttribute ReceptionForm form, @RequestParam Map<String, MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean lookup,
            @RequestParam(defaultValue = "false") boolean population,
            @RequestParam(defaultValue = "false") boolean readCard,
            @RequestParam(required = false) String populationLookup, Model model, Locale locale,
            RedirectAttributes redirect) {
        Actor actor = HandlingOfficer.of(officer);
        Procedure procedure = catalog.inForce(procedureCode);
        Problems problems = new Problems();
        ReceptionForm attached = form.withComponents(
                reuse(form, attach(form.components(), files, actor.fileOwner(), problems), problems));
        Long lookupId = CounterPopulationLookup.lookupId(populationLookup);
        model.addAttribute("populationLookup", lookupId);
        if (lookup) {
            model.addAttribute("lookedUp", true);
            model.addAttribute("national", takeFromNational(attached.applicant().idNumber()));
            return form(model, procedure, attached, FormErrors.none());
        }
        if (readCard) {
            try {
                return form(model, procedure, cardReading.read(files.get(CounterCardReading.FIELD), attached, model),
                        FormErrors.none());
            } catch (UserInputException refused) {
                return form(model, procedure, attached, FormErrors.of(refused, messages, locale));
            }
        }
        if (population) {
            try {
                return form(model, procedure, populationDatabase.lookUp(officer, procedure.code(), attached, model),
                        FormErrors.none());
            } catch (UserInputException refused) {
                return form(model, procedure, attached, FormErrors.of(refused, messages, locale));
            }
        }
        try {
            CounterReception reception = attached.toReception(procedure.code());
            // Checked here too so that applicant and upload problems are shown together.
            reception.applicant().check("applicant.", problems);
            ReceptionLimits.check(reception, problems);
            attached.checkRequired(procedure.content().components(), problems);
            problems.throwIfAny();
            DossierView received = handling.receiveAtCounter(actor, reception);
            populationDatabase.record(officer, received, lookupId);
            redirect.addFlashAttribute("received", true);
            return "redirect:/office/dossiers/" + received.code();
        } catch (UserInputException refused) {
            return form(model, procedure, attached, FormErrors.of(refused, messages, locale));
        }
    }

    /**
     * The applicant's documents in the national data store, taken into their store here: how many were
     * new, or null when the national store did not answer (the form says so; reception goes on).
     */
    private Integer takeFromNational(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return 0;
        }
        try {
            return national.takeFor(idNumber);
        } catch (NationalDataStore.NationalStoreException unavailable) {
            return null;
        }
    }

    /**
     * Each row choosing a document of the applicant's data store takes its file; a problem under
     * {@code components[i].stored} when the store does not offer that document for the row.
     */
    private List<ReceptionForm.Row> reuse(ReceptionForm form, List<ReceptionForm.Row> rows, Problems problems) {
        List<ReceptionForm.Row> reused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReceptionForm.Row row = rows.get(i);
            if (row.stored() == null) {
                reused.add(row);
                continue;
            }
            AttachedFile file = store.reusableFor(form.applicant().idNumber(), row.name()).stream()
                    .filter(d -> d.id() == row.stored()).findFirst().map(StoredDocument::file).orElse(null);
            problems.when(file == null, "components[" + i + "].stored", "dossier.component.notReusable", row.name());
            reused.add(row.reusing(file));
        }
        return reused;
    }

    private List<ReceptionForm.Row> attach(List<ReceptionForm.Row> rows, Map<String, MultipartFile> files,
            FileOwner officer, Problems problems) {
        List<ReceptionForm.Row> attached = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String field = "components[" + i + "].file";
            attached.add(attach(field, rows.get(i), files.get(field), officer, problems));
        }
        return attached;
    }

    /** The row with its new scan stored as the officer's, or unchanged (keeping an earlier scan) when none or refused. */
    private ReceptionForm.Row attach(String field, ReceptionForm.Row row, MultipartFile file, FileOwner officer,
            Problems problems) {
        if (file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            return row;
        }
        try (InputStream content = file.getInputStream()) {
            return row.with(documents.accept(field, file.getOriginalFilename(), file.getSize(), content,
                    documents.standardRules(), officer));
        } catch (UserInputException refused) {
            refused.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(Model model, Procedure procedure, ReceptionForm form, FormErrors errors) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("channels", List.of(Channel.COUNTER, Channel.POST));
        model.addAttribute("returnMethods", ReturnMethod.values());
        model.addAttribute("reusable", form.components().stream()
                .map(row -> store.reusableFor(form.applicant().idNumber(), row.name())).toList());
        model.addAttribute("ocrStatus", cardReading.ocrStatus());
        model.addAttribute("maxCardMegabytes", CardReader.MAX_MEGABYTES);
        model.addAttribute("requiredNames", procedure.content().components().stream()
                .filter(DossierComponent::required).map(DossierComponent::name).toList());
        return "office/reception-form";
    }
}
