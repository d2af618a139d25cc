package fi.cocreate.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything in session or view scope travels between servers (web.xml is {@code distributable}; Payara replicates
 * the session in its data grid), so it must serialize: the bean itself and every field that is neither transient nor
 * injected (an injected CDI or EJB reference is a serializable proxy, and Weld refuses at deployment a
 * non-passivation-capable dependency of a passivating bean). A field of an interface type (List, Map) is judged by its
 * type arguments, since the value behind it is a JDK collection.
 */
class ReplicatedStateTest {

    private static final Set<String> SCOPES = Set.of(
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.faces.view.ViewScoped",
            "org.omnifaces.cdi.ViewScoped",
            "jakarta.enterprise.context.ConversationScoped");
    private static final Set<String> INJECTION = Set.of(
            "jakarta.inject.Inject",
            "jakarta.ejb.EJB",
            "jakarta.annotation.Resource",
            "jakarta.persistence.PersistenceContext");
    private static final Set<String> SERIALIZABLE_INTERFACES = Set.of(
            List.class.getName(),
            Map.class.getName(),
            Set.class.getName(),
            Collection.class.getName(),
            java.util.SortedMap.class.getName(),
            java.util.SortedSet.class.getName(),
            java.util.NavigableMap.class.getName());

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.cocreate");

    @Test
    void thereAreBeansInSessionOrViewScopeToCheck() {
        assertFalse(replicatedBeans().isEmpty(), "the scan finds the view-scoped beans");
    }

    @Test
    void everyBeanInSessionOrViewScopeAndEachOfItsFieldsSerializes() {
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : replicatedBeans()) {
            if (!bean.isAssignableTo(Serializable.class)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), new java.util.HashSet<>(), problems);
        }
        assertEquals(List.of(), problems.stream().distinct().toList(), "state that cannot move to another server");
    }

    /**
     * An injected field of a bean that moves between servers must not be transient: nothing injects it again after the
     * bean is read back on another server, so the first use there would meet null (the forum wizard did).
     */
    @Test
    void noBeanInSessionOrViewScopeMarksAnInjectedFieldTransient() {
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : replicatedBeans()) {
            for (JavaField field : bean.getFields()) {
                if (field.getModifiers().contains(JavaModifier.TRANSIENT)
                        && field.getAnnotations().stream()
                                .anyMatch(a -> INJECTION.contains(a.getRawType().getName()))) {
                    problems.add(bean.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), problems, "injected fields that would be null on the other server");
    }

    /**
     * A bean that moves between servers keeps what its page shows as values (ids, versions, records), never an
     * entity, not even in a transient field: a transient entity is null on the other server, and the getter that
     * reloaded it did work on every render (issue 11). The walk goes into the app's own records and classes that the
     * bean keeps, so an entity inside a kept record counts too. {@link #STILL_KEEPING_ENTITIES} lists the fields that
     * still keep a (serializable) entity: the list may only shrink, a new one fails, and so does one that is fixed but
     * still listed.
     */
    @Test
    void noBeanInSessionOrViewScopeKeepsAnEntity() {
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : replicatedBeans()) {
            findEntities(bean, bean.getSimpleName(), new java.util.HashSet<>(), problems);
        }
        List<String> found = problems.stream()
                .map(p -> p.substring(0, p.indexOf(':')))
                .distinct()
                .toList();
        assertEquals(
                List.of(),
                problems.stream()
                        .filter(p -> !STILL_KEEPING_ENTITIES.contains(p.substring(0, p.indexOf(':'))))
                        .distinct()
                        .toList(),
                "entities kept by a view or a session");
        assertEquals(
                List.of(),
                STILL_KEEPING_ENTITIES.stream()
                        .filter(f -> !found.contains(f))
                        .sorted()
                        .toList(),
                "fields that keep no entity any more: take them off STILL_KEEPING_ENTITIES");
    }

    /** Beans written before the rule that still keep entities (serializable ones), by bean and field. */
    private static final Set<String> STILL_KEEPING_ENTITIES = Set.of(
            "AccountAdministration.all",
            "ApplicationReview.application",
            "ApplicationReview.views",
            "AssignmentBoard.all",
            "AssignmentBoard.applications",
            "AssignmentBoard.members",
            "CallApplications.call",
            "CallApplications.list",
            "ConsultationEditor.consultation",
            "JoinOrganisation.organisation",
            "MyApplications.all",
            "OrganisationVerification.all",
            "OutboxView.mails",
            "PanelHome.work.call",
            "PanelSetup.call",
            "PanelSetup.members",
            "PanelSetup.panellists",
            "PanelSetup.round",
            "ResultsBoard.round",
            "Review.criteria",
            "Review.others",
            "Review.posts",
            "Review.sheet",
            "RubricEditor.criteria",
            "SelectionBoard.round",
            "SelectionRulesEditor.rules",
            "StaffDiscussion.application",
            "StaffDiscussion.criteria",
            "StaffDiscussion.posts",
            "StaffDiscussion.sheets");

    private static void findEntities(JavaClass type, String path, Set<String> seen, List<String> problems) {
        if (!seen.add(type.getName())) {
            return;
        }
        for (JavaField field : type.getFields()) {
            if (field.getModifiers().contains(JavaModifier.STATIC)
                    || field.getAnnotations().stream()
                            .anyMatch(a -> INJECTION.contains(a.getRawType().getName()))) {
                continue;
            }
            for (JavaClass own : ownTypes(field.getType())) {
                if (own.isAnnotatedWith("jakarta.persistence.Entity")) {
                    problems.add(path + "." + field.getName() + ": " + own.getSimpleName() + " is an entity");
                } else {
                    findEntities(own, path + "." + field.getName(), seen, problems);
                }
            }
        }
    }

    /**
     * Checks the fields of {@code type} and, for the app's own classes among their types (entities, embeddables,
     * records), their fields in turn: Java serialization writes the whole graph.
     */
    private static void checkFields(JavaClass type, String path, Set<String> seen, List<String> problems) {
        if (!seen.add(type.getName())) {
            return;
        }
        for (JavaClass owner = type;
                owner != null && owner.getName().startsWith("fi.cocreate");
                owner = owner.getRawSuperclass().orElse(null)) {
            for (JavaField field : owner.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        || field.getModifiers().contains(JavaModifier.TRANSIENT)
                        || field.getAnnotations().stream()
                                .anyMatch(a -> INJECTION.contains(a.getRawType().getName()))) {
                    continue;
                }
                String where = path + "." + field.getName();
                String why = notSerializable(field.getType());
                if (why != null) {
                    problems.add(where + ": " + why);
                    continue;
                }
                for (JavaClass own : ownTypes(field.getType())) {
                    checkFields(own, where, seen, problems);
                }
            }
        }
    }

    private static List<JavaClass> ownTypes(JavaType type) {
        List<JavaClass> own = new ArrayList<>();
        JavaClass raw = type.toErasure();
        while (raw.isArray()) {
            raw = raw.getComponentType();
        }
        if (raw.getName().startsWith("fi.cocreate") && !raw.isEnum()) {
            own.add(raw);
        }
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> own.addAll(ownTypes(argument)));
        }
        return own;
    }

    private static List<JavaClass> replicatedBeans() {
        return APP.stream()
                .filter(c -> c.getAnnotations().stream()
                        .anyMatch(a -> SCOPES.contains(a.getRawType().getName())))
                .toList();
    }

    /** Null when a value of this declared type serializes, otherwise the offending type. */
    private static String notSerializable(JavaType type) {
        if (type instanceof JavaWildcardType wildcard) {
            return wildcard.getUpperBounds().stream()
                    .map(ReplicatedStateTest::notSerializable)
                    .filter(w -> w != null)
                    .findFirst()
                    .orElse(null);
        }
        JavaClass raw = type.toErasure();
        if (raw.isPrimitive() || raw.isEnum()) {
            return null;
        }
        if (raw.isArray()) {
            return notSerializable(raw.getComponentType());
        }
        boolean rawOk = raw.isAssignableTo(Serializable.class) || SERIALIZABLE_INTERFACES.contains(raw.getName());
        if (!rawOk) {
            return raw.getName() + " is not Serializable";
        }
        if (type instanceof JavaParameterizedType parameterized) {
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                String why = notSerializable(argument);
                if (why != null) {
                    return why + " (in " + raw.getSimpleName() + ")";
                }
            }
        }
        return null;
    }
}
