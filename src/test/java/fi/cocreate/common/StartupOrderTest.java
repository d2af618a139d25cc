package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.boundary.FirstAdmin;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The start-up set-up runs under one database lock, taken by {@link DatabaseMigrations} and released by
 * {@link FirstAdmin} (docs/deploy.md, "First start"). That holds only while every step that writes at start-up sits
 * between the two: each demo step depends (through others) on the migrations, and the first administrator comes after
 * every demo step. A new demo singleton that the chain misses would run outside the lock and could be loaded twice by
 * two servers starting at once.
 */
class StartupOrderTest {

    @Test
    void everyDemoStepRunsAfterTheMigrationsAndBeforeTheFirstAdministrator() throws Exception {
        Map<String, Class<?>> startups = new HashMap<>();
        for (Class<?> type : demoClasses()) {
            if (type.isAnnotationPresent(Startup.class)) {
                startups.put(type.getSimpleName(), type);
            }
        }
        startups.put("DatabaseMigrations", DatabaseMigrations.class);
        startups.put("FirstAdmin", FirstAdmin.class);
        assertTrue(startups.size() > 3, "the demo steps are found: " + startups.keySet());

        Set<String> beforeAdmin = dependencies("FirstAdmin", startups);
        for (String step : startups.keySet()) {
            if (step.equals("DatabaseMigrations") || step.equals("FirstAdmin")) {
                continue;
            }
            assertTrue(beforeAdmin.contains(step), step + " runs before FirstAdmin, which releases the lock");
            assertTrue(
                    dependencies(step, startups).contains("DatabaseMigrations"),
                    step + " runs after DatabaseMigrations, which takes the lock");
        }
        assertFalse(dependencies("DatabaseMigrations", startups).contains("FirstAdmin"));
    }

    @Test
    void theSetUpIsOneChainWithOneDependencyEach() throws Exception {
        // Payara's SingletonLifeCycleManager took FirstAdmin's @DependsOn of every demo step (each of which depends on
        // DemoData) for a cycle and failed the deployment; a chain of one name each starts.
        for (Class<?> type : demoClasses()) {
            if (type.isAnnotationPresent(Startup.class)) {
                assertEquals(1, type.getAnnotation(DependsOn.class).value().length, type.getSimpleName());
            }
        }
        assertEquals(1, FirstAdmin.class.getAnnotation(DependsOn.class).value().length);
    }

    @Test
    void theFirstAdministratorIsCommittedBeforeTheLockIsReleased() {
        // A transactional @PostConstruct would commit after releasing the lock: FirstAdmin runs outside one, so
        // Accounts commits the administrator in its own transaction first.
        assertEquals(
                TransactionAttributeType.NOT_SUPPORTED,
                FirstAdmin.class.getAnnotation(TransactionAttribute.class).value());
        assertEquals(
                TransactionAttributeType.NOT_SUPPORTED,
                DatabaseMigrations.class
                        .getAnnotation(TransactionAttribute.class)
                        .value());
    }

    private static Set<String> dependencies(String start, Map<String, Class<?>> startups) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Class<?> type = startups.get(todo.pop());
            DependsOn dependsOn = type == null ? null : type.getAnnotation(DependsOn.class);
            if (dependsOn != null) {
                Arrays.stream(dependsOn.value()).filter(seen::add).forEach(todo::push);
            }
        }
        return seen;
    }

    private static List<Class<?>> demoClasses() throws IOException {
        Path folder = Path.of("src/main/java/fi/cocreate/demo");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .<Class<?>>map(n -> load("fi.cocreate.demo." + n.substring(0, n.length() - 5)))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
