package vn.motcua.web.office;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.EForm;
import vn.motcua.eform.EForms;
import vn.motcua.eform.FilledForm;

/**
 * The e-form a dossier was submitted with, for its officer page ({@code office/eform :: panel}): each field's
 * value with its source, and the data as JSON. An advice rather than another argument of the dossier page's
 * controller, which is shared by many features; the page itself decides who may see the dossier, so nothing
 * is shown to an officer it refuses.
 */
@ControllerAdvice(assignableTypes = DossierPageController.class)
class DossierEFormAdvice {

    private final EForms eforms;
    private final Catalog catalog;

    DossierEFormAdvice(EForms eforms, Catalog catalog) {
        this.eforms = eforms;
        this.catalog = catalog;
    }

    /** The filled e-form, its schema and its JSON; null for a dossier submitted without one. */
    record Declaration(EForm form, FilledForm filled, String json) {
    }

    @ModelAttribute("eformDeclaration")
    Declaration declaration(@PathVariable String code) {
        return eforms.ofDossier(code).flatMap(filled -> catalog.eform(filled.versionId())
                .map(form -> new Declaration(form, filled, eforms.json(filled, form)))).orElse(null);
    }
}
