package fi.cocreate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, enforced: the domains form no cycles, boundaries never know Faces, only
 * boundaries hold an EntityManager, and entities and control classes stay free of container APIs so their rules run in
 * plain unit tests.
 */
@AnalyzeClasses(packages = "fi.cocreate", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule domainsFormNoCycles = slices().matching("fi.cocreate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule boundariesDoNotKnowFaces = noClasses().that().resideInAPackage("..boundary..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                    "org.omnifaces..");

    @ArchTest
    static final ArchRule onlyBoundariesUseTheEntityManager = noClasses().that()
            .resideOutsideOfPackages("..boundary..", "fi.cocreate.demo..", "fi.cocreate.common")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule entitiesAndRulesAreFreeOfTheContainer = noClasses().that()
            .resideInAnyPackage("..entity..", "..control..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.enterprise..",
                    "jakarta.inject..", "jakarta.faces..", "jakarta.servlet..", "jakarta.ws.rs..",
                    "jakarta.security..", "org.primefaces..", "org.omnifaces..");

    @ArchTest
    static final ArchRule webBeansCallBoundariesNotTheDatabase = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");
}
