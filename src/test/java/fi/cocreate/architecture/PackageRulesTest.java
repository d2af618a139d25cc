package fi.cocreate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fi.cocreate.common.NotFound;

/**
 * The package rules of docs/architecture.md, enforced: the domains form no cycles, boundaries never know Faces, only
 * boundaries hold an EntityManager, and entities and control classes stay free of container APIs so their rules run in
 * plain unit tests.
 */
@AnalyzeClasses(packages = "fi.cocreate", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule domainsFormNoCycles =
            slices().matching("fi.cocreate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule boundariesDoNotKnowFaces = noClasses()
            .that()
            .resideInAPackage("..boundary..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..");

    @ArchTest
    static final ArchRule onlyBoundariesUseTheEntityManager = noClasses()
            .that()
            .resideOutsideOfPackages("..boundary..", "fi.cocreate.demo..", "fi.cocreate.common")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule entitiesAndRulesAreFreeOfTheContainer = noClasses()
            .that()
            .resideInAnyPackage("..entity..", "..control..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.ejb..",
                    "jakarta.enterprise..",
                    "jakarta.inject..",
                    "jakarta.faces..",
                    "jakarta.servlet..",
                    "jakarta.ws.rs..",
                    "jakarta.security..",
                    "org.primefaces..",
                    "org.omnifaces..");

    /** Acting as an account without its login is for the demo data at startup only; everyone else is who logged in. */
    @ArchTest
    static final ArchRule onlyTheDemoDataActsAsAnotherAccount = noClasses()
            .that()
            .resideOutsideOfPackage("fi.cocreate.demo..")
            .should()
            .callMethod("fi.cocreate.identity.boundary.Caller", "assume", "fi.cocreate.identity.entity.Account");

    /**
     * A record that is missing or not visible to the caller is refused one way, through {@code common.Found}, so the
     * null check and the visibility rule are written once; only a malformed id in a servlet's address (a parse
     * failure, not a look-up) is refused by hand.
     */
    @ArchTest
    static final ArchRule onlyFoundRefusesWithNotFound = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("fi.cocreate.common.Found")
            .and()
            .doNotHaveFullyQualifiedName("fi.cocreate.common.web.AppServlet")
            .should()
            .callConstructor(NotFound.class)
            .orShould()
            .callConstructor(NotFound.class, String.class, Object[].class);

    @ArchTest
    static final ArchRule webBeansCallBoundariesNotTheDatabase = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    /**
     * A page calls its getters many times per request (once per render of every expression that names them), so a
     * getter that asks a boundary runs its queries again each time, and a getter that reloads what a view lost when
     * it moved to another server hides state that does not travel. Pages load in an action, a view action or a
     * request-scoped bean's {@code @PostConstruct} and keep the result (serializable values, not entities); getters
     * only return it. A getter is a {@code get*} or {@code is*} method without parameters of a class in a {@code web}
     * package; the rule follows its calls to the class's own methods, so a getter that calls {@code refresh()} which
     * asks a boundary is caught too. A boundary call is a call to a class in a {@code boundary} package other than the
     * boundaries' values (records and enums such as {@code ModerationRow}) and {@code identity.boundary.Caller}
     * (request scoped: it reads the account once per request and answers from memory after that).
     */
    @ArchTest
    static final ArchRule webGettersDoNoWork = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .and()
            .haveNameMatching("(get|is)[A-Z].*")
            .and()
            .haveRawParameterTypes(new Class<?>[0])
            .should(new ArchCondition<JavaMethod>("call no boundary, directly or through the class's own methods") {
                @Override
                public void check(JavaMethod getter, ConditionEvents events) {
                    java.util.Set<JavaMethod> seen = new java.util.HashSet<>();
                    java.util.Deque<JavaMethod> todo = new java.util.ArrayDeque<>(java.util.List.of(getter));
                    while (!todo.isEmpty()) {
                        JavaMethod method = todo.pop();
                        if (!seen.add(method)) {
                            continue;
                        }
                        for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                            JavaClass owner = call.getTargetOwner();
                            if (owner.equals(getter.getOwner())) {
                                call.getTarget().resolveMember().ifPresent(todo::push);
                            } else if (isBoundaryService(owner)) {
                                events.add(SimpleConditionEvent.violated(
                                        getter,
                                        getter.getFullName() + " calls "
                                                + call.getTarget().getFullName()
                                                + (method.equals(getter) ? "" : " through " + method.getName())));
                            }
                        }
                    }
                }
            });

    private static boolean isBoundaryService(JavaClass owner) {
        return owner.getPackageName().contains(".boundary")
                && !owner.isRecord()
                && !owner.isEnum()
                && !owner.getName().equals("fi.cocreate.identity.boundary.Caller");
    }
}
