package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.Procedure;
import vn.motcua.document.FileOwner;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStateMachine;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.Transition;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitKind;
import vn.motcua.platform.Problems;

/** Creates dossiers: received at a counter (with receipt) or submitted online (new). */
@Component
public class DossierFactory {

    private final Catalog catalog;
    private final UnitDirectory units;
    private final DossierCodes codes;
    private final Reception reception;
    private final StoredFiles storedFiles;

    DossierFactory(Catalog catalog, UnitDirectory units, DossierCodes codes, Reception reception,
            StoredFiles storedFiles) {
        this.catalog = catalog;
        this.units = units;
        this.codes = codes;
        this.reception = reception;
        this.storedFiles = storedFiles;
    }

    /** The handler of the creation row {@code RECEIVE_AT_COUNTER}: the dossier with its receipt, not saved yet. */
    public Dossier receiveAtCounter(Actor officer, CounterReception r, LocalDateTime now) {
        Transition transition = creation(DossierAction.RECEIVE_AT_COUNTER, officer);
        Problems problems = new Problems();
        Procedure procedure = procedure(r.procedureCode(), problems);
        problems.when(r.channel() != Channel.COUNTER && r.channel() != Channel.POST, "channel",
                "dossier.channel.counterOrPost");
        List<ComponentInput> components = storedFiles.resolve("components", r.components(),
                officer.fileOwner(), r.applicant() == null ? null : r.applicant().idNumber(), problems);
        checkCommon(r.applicant(), components, r.returnMethod(), r.returnAddress(), problems);
        checkRequired(procedure, components, problems);
        String competent = procedure == null ? null : competentUnit(procedure, officer.unit(), r.competentUnit(),
                problems);
        problems.throwIfAny();
        Dossier d = start(procedure, officer.unit(), competent, r.channel(), r.applicant(), r.submitterName(),
                r.submitterIdNumber(), components, r.returnMethod(), r.returnAddress(), r.summary(), now);
        d.status = transition.to();
        reception.receive(d, procedure, officer, now, DossierAction.RECEIVE_AT_COUNTER, null);
        return d;
    }

    /**
     * The handler of the creation row {@code SUBMIT_ONLINE}: the dossier an applicant submits, not saved yet.
     *
     * @param uploader who uploaded its files: the portal draft, or the applicant
     */
    public Dossier submitOnline(Actor applicant, OnlineSubmission s, FileOwner uploader, LocalDateTime now) {
        Transition transition = creation(DossierAction.SUBMIT_ONLINE, applicant);
        Problems problems = new Problems();
        Procedure procedure = procedure(s.procedureCode(), problems);
        Unit receiving = units.find(s.receivingUnit()).filter(Unit::active).filter(DossierFactory::receives)
                .orElse(null);
        problems.when(receiving == null, "receivingUnit", "dossier.receivingUnit.unknown");
        List<ComponentInput> components = storedFiles.resolve("components", s.components(), uploader,
                s.applicant() == null ? null : s.applicant().idNumber(), problems);
        checkCommon(s.applicant(), components, s.returnMethod(), s.returnAddress(), problems);
        checkRequired(procedure, components, problems);
        String competent = procedure == null || receiving == null ? null
                : competentUnit(procedure, receiving.identifier(), null, problems);
        problems.throwIfAny();
        Dossier d = start(procedure, receiving.identifier(), competent, Channel.ONLINE, s.applicant(),
                s.submitterName(), s.submitterIdNumber(), components, s.returnMethod(), s.returnAddress(),
                s.summary(), now);
        d.status = transition.to();
        d.currentUnit = d.receivingUnit;
        d.track(DossierAction.SUBMIT_ONLINE, null, applicant, null, d.receivingUnit, now, null, null, null);
        return d;
    }

    private Dossier start(Procedure procedure, String receivingUnit, String competentUnit, Channel channel,
            Applicant applicant, String submitterName, String submitterId, List<ComponentInput> components,
            ReturnMethod returnMethod, String returnAddress, String summary, LocalDateTime now) {
        Dossier d = new Dossier();
        d.code = codes.next(receivingUnit, now.toLocalDate());
        d.procedureCode = procedure.code();
        d.procedureVersionId = procedure.versionId();
        d.procedureName = procedure.content().name();
        d.channel = channel;
        d.receivingUnit = receivingUnit;
        d.competentUnit = competentUnit;
        d.applicant = trimmed(applicant);
        d.submitterName = blankToNull(submitterName);
        d.submitterIdNumber = blankToNull(submitterId);
        d.summary = StringUtils.hasText(summary) ? summary.strip() : procedure.content().name();
        d.returnMethod = returnMethod;
        d.returnAddress = blankToNull(returnAddress);
        d.submittedAt = now;
        d.addComponents(components);
        return d;
    }

    private Procedure procedure(String code, Problems problems) {
        Procedure procedure = StringUtils.hasText(code) ? catalog.findInForce(code.strip()).orElse(null) : null;
        problems.when(procedure == null, "procedureCode", "dossier.procedure.unknown", code == null ? "" : code);
        return procedure;
    }

    /**
     * A document the procedure requires cannot be recorded as not handed in ("không áp dụng"), whichever
     * way the dossier comes: the counter form, the portal or the API.
     */
    private static void checkRequired(Procedure procedure, List<ComponentInput> components, Problems problems) {
        if (procedure == null) {
            return;
        }
        Set<String> required = procedure.content().components().stream().filter(DossierComponent::required)
                .map(c -> c.name().strip()).collect(Collectors.toSet());
        for (int i = 0; i < components.size(); i++) {
            ComponentInput c = components.get(i);
            problems.when(!c.submitted() && c.name() != null && required.contains(c.name().strip()),
                    "components[" + i + "].submitted", "catalog.component.notApplicable.refused", c.name());
        }
    }

    private void checkCommon(Applicant applicant, List<ComponentInput> components, ReturnMethod returnMethod,
            String returnAddress, Problems problems) {
        if (applicant == null) {
            problems.add("applicant.name", "dossier.applicant.name.required");
        } else {
            applicant.check("applicant.", problems);
        }
        problems.when(components.stream().noneMatch(ComponentInput::submitted), "components",
                "dossier.components.required");
        problems.when(returnMethod == null, "returnMethod", "dossier.returnMethod.required");
        problems.when(returnMethod == ReturnMethod.POST && !StringUtils.hasText(returnAddress), "returnAddress",
                "dossier.returnAddress.required");
    }

    /** The named unit if competent; else the receiving unit if competent; else the procedure's first unit. */
    private static String competentUnit(Procedure procedure, String receivingUnit, String requested,
            Problems problems) {
        List<String> competent = procedure.content().units();
        if (StringUtils.hasText(requested)) {
            problems.when(!competent.contains(requested), "competentUnit", "dossier.competentUnit.notCompetent");
            return requested;
        }
        if (competent.contains(receivingUnit)) {
            return receivingUnit;
        }
        return competent.isEmpty() ? receivingUnit : competent.getFirst();
    }

    private Transition creation(DossierAction action, Actor actor) {
        Transition transition = DossierStateMachine.transition(null, action).orElseThrow();
        if (!transition.parties().contains(actor.party())) {
            throw new ActionRefusedException("dossier.action.notYourRole", action.name());
        }
        if (actor.isOfficer() && units.find(actor.unit()).filter(DossierFactory::receives).isEmpty()) {
            throw new ActionRefusedException("dossier.reception.notACounter");
        }
        return transition;
    }

    private static boolean receives(Unit unit) {
        return unit.kind() == UnitKind.SERVICE_CENTRE || unit.kind() == UnitKind.COMMUNE;
    }

    private static Applicant trimmed(Applicant a) {
        return new Applicant(a.type(), a.idNumber().strip(), a.name().strip(), blankToNull(a.phone()),
                blankToNull(a.email()), blankToNull(a.address()));
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }
}
