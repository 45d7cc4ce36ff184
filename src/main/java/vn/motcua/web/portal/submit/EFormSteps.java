package vn.motcua.web.portal.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.EForm;
import vn.motcua.catalog.Procedure;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DraftComponent;
import vn.motcua.eform.EForms;
import vn.motcua.eform.FilledForm;
import vn.motcua.platform.Problems;

/**
 * Where the e-form sits in the wizard, for a procedure whose version in force has one: its sections come
 * after the applicant's page, and the component it replaces is the generated PDF, never an upload. The
 * components page cannot change that component: whatever is posted for it, the draft carries the PDF of the
 * finished e-form, or nothing (and a refusal) while it is unfinished.
 */
@Component
class EFormSteps {

    private final Catalog catalog;
    private final EForms eforms;
    private final DossierDrafts drafts;

    EFormSteps(Catalog catalog, EForms eforms, DossierDrafts drafts) {
        this.catalog = catalog;
        this.eforms = eforms;
        this.drafts = drafts;
    }

    /** The procedure in force, its e-form, and the index of the component it replaces in the draft. */
    record Steps(Procedure procedure, EForm form, int component) {

        int sections() {
            return form.sections().size();
        }
    }

    Optional<Steps> of(DossierDraft draft) {
        Procedure procedure = catalog.inForce(draft.procedureCode());
        List<String> names = draft.answers().components().stream().map(DraftComponent::name).toList();
        return catalog.eform(procedure.versionId()).filter(f -> names.contains(f.component()))
                .map(f -> new Steps(procedure, f, names.indexOf(f.component())));
    }

    /** The page after the applicant's: the e-form's first section when there is one. */
    String afterApplicant(DossierDraft draft, String otherwise) {
        return of(draft).map(s -> "form/1").orElse(otherwise);
    }

    /** The components as answered, the e-form's one replaced by the finished PDF, or refused while unfinished. */
    List<DraftComponent> enforce(DossierDraft draft, List<DraftComponent> answered, Problems problems) {
        Optional<Steps> steps = of(draft);
        if (steps.isEmpty()) {
            return answered;
        }
        int index = steps.get().component();
        Optional<StoredFile> pdf = eforms.ofDraft(draft.id()).map(FilledForm::pdf);
        problems.when(pdf.isEmpty(), "components[" + index + "].delivery", "eform.notFinished");
        List<DraftComponent> enforced = new ArrayList<>(answered);
        enforced.set(index, withPdf(answered.get(index), pdf.orElse(null)));
        return enforced;
    }

    /** Saves the draft with the e-form's component set to {@code pdf} (null: not yet made). */
    DossierDraft carry(DossierDraft draft, Steps steps, StoredFile pdf) {
        List<DraftComponent> components = new ArrayList<>(draft.answers().components());
        components.set(steps.component(), withPdf(components.get(steps.component()), pdf));
        return drafts.save(draft, draft.answers().withComponents(components));
    }

    /**
     * What the components page shows of the e-form: which component it is and where to fill it; the
     * components page's back link leads to its last section ({@code backToForm}).
     */
    void addTo(Model model, DossierDraft draft, String base, boolean backToForm) {
        Optional<Steps> steps = of(draft);
        model.addAttribute("eformIndex", steps.map(Steps::component).orElse(-1));
        model.addAttribute("eformUrl", base + "/form/1");
        if (backToForm && steps.isPresent()) {
            model.addAttribute("backUrl", base + "/form/" + steps.get().sections());
        }
    }

    /** Ties the e-form filled for the draft to the dossier it was submitted as. */
    void submitted(DossierDraft submitted) {
        eforms.submitted(submitted.id(), submitted.dossierCode());
    }

    private static DraftComponent withPdf(DraftComponent component, StoredFile pdf) {
        return pdf == null ? new DraftComponent(component.name(), null, null, component.required(), null)
                : new DraftComponent(component.name(), DraftComponent.Delivery.UPLOAD,
                        new AttachedFile(pdf.sha256(), pdf.originalName(), pdf.mediaType(), pdf.size()),
                        component.required(), null);
    }
}
