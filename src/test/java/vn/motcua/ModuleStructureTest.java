package vn.motcua;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.dossier.internal.Dossier;

/**
 * The module structure of ARCHITECTURE.md: Spring Modulith's checks (no access to another
 * module's internals, no cycles between modules) plus what Modulith does not check.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(MotcuaApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void modulesRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void modulesFormNoCycles() {
        slices().matching("vn.motcua.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void calendarIsPlainJava() {
        noClasses().that().resideInAPackage("vn.motcua.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .because("the working-time calendar is domain arithmetic, usable and testable without Spring")
                .check(CLASSES);
    }

    @Test
    void webCallsOnlyTheModulesPublicFaces() {
        noClasses().that().resideInAPackage("vn.motcua.web..")
                .should().dependOnClassesThat(resideInAPackage("vn.motcua.*.*..")
                        .and(resideOutsideOfPackage("vn.motcua.web..")))
                .because("a module's sub-packages are its own business; web uses its top-level services")
                .check(CLASSES);
    }

    @Test
    void noDomainModuleDependsOnTheWeb() {
        noClasses().that(not(resideInAPackage("vn.motcua.web.."))).and().resideInAPackage("vn.motcua..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.web..")
                .check(CLASSES);
    }

    @Test
    void theDossierKnowsNothingOfTheModulesThatTakePartInItsTransitions() {
        noClasses().that().resideInAPackage("vn.motcua.dossier..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.result..", "vn.motcua.payment..",
                        "vn.motcua.index..", "vn.motcua.notification..", "vn.motcua.integration..",
                        "vn.motcua.feedback..")
                .because("result documents, fees, the index and messages sit above the dossier and join its "
                        + "transitions as participants or listeners (docs/adding-an-action.md)")
                .check(CLASSES);
    }

    @Test
    void onlyTheDossierModuleHandlesActionsAndParticipantsKeepToTheirInternals() {
        classes().that().implement("vn.motcua.dossier.internal.ActionHandler")
                .should().resideInAPackage("vn.motcua.dossier.internal").andShould().notBePublic()
                .check(CLASSES);
        classes().that().implement(TransitionParticipant.class).should().resideInAPackage("vn.motcua.*.internal")
                .andShould().notBePublic()
                .because("a participant is a module's implementation detail, found by Spring, called by no one")
                .check(CLASSES);
    }

    @Test
    void theStatusIsSetOnlyByThePipeline() {
        noClasses().that().resideInAPackage("vn.motcua.dossier.internal")
                .and().doNotHaveSimpleName("TransitionPipeline").and().doNotHaveSimpleName("DossierFactory")
                .and().doNotHaveSimpleName("DossierRepository").and().doNotHaveSimpleName("Dossier")
                .should().setField(Dossier.class, "status")
                .because("the table decides the status: handlers change everything else (the factory sets a "
                        + "creation row's status, the repository loads it)")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
