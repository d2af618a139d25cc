package fi.cocreate.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Production runs MySQL 8, the tests run MariaDB: every migration in {@code db/} and every SQL text in the app's code
 * must keep to what both accept. This refuses the MariaDB-only syntax that MySQL 8 rejects (each with the reason), so a
 * migration that passes on the embedded MariaDB cannot fail on the first production start. It is a check of the text,
 * not a MySQL server: {@code -Pexternal-mysql} (docs/deploy.md) runs the integration tests against a real one.
 */
class CommonSqlDialectTest {

    /** MariaDB-only constructs, each with why MySQL 8 refuses it. */
    static final Map<Pattern, String> MARIADB_ONLY = Map.ofEntries(
            rule("\\b(ADD|DROP|MODIFY|CHANGE)\\s+(COLUMN\\s+|INDEX\\s+|KEY\\s+|CONSTRAINT\\s+|FOREIGN\\s+KEY\\s+)?IF\\s+(NOT\\s+)?EXISTS",
                    "ALTER TABLE … IF [NOT] EXISTS on a column, index or constraint is MariaDB only"),
            rule("\\bCREATE\\s+(UNIQUE\\s+)?INDEX\\s+IF\\s+NOT\\s+EXISTS", "CREATE INDEX IF NOT EXISTS is MariaDB only"),
            rule("\\bCREATE\\s+OR\\s+REPLACE\\s+TABLE", "CREATE OR REPLACE TABLE is MariaDB only"),
            rule("\\bRETURNING\\b", "INSERT/DELETE … RETURNING is MariaDB only"),
            rule("\\bCREATE\\s+SEQUENCE\\b|\\bNEXTVAL\\s*\\(|\\bNEXT\\s+VALUE\\s+FOR\\b", "sequences are MariaDB only"),
            rule("\\b(INET4|INET6)\\b", "the INET4/INET6 column types are MariaDB only"),
            rule("\\bUUID\\b(?!\\s*\\()", "the UUID column type is MariaDB only"),
            rule("\\bENGINE\\s*=\\s*Aria\\b", "the Aria engine is MariaDB only"),
            rule("\\bWITH\\s+SYSTEM\\s+VERSIONING\\b", "system-versioned tables are MariaDB only"),
            rule("\\bDEFAULT\\s+(?!CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)[A-Z_]+\\s*\\(",
                    "a function as DEFAULT needs parentheses around it in MySQL 8: DEFAULT (f())"),
            rule("\\bPAGE_COMPRESSED\\b", "page compression options are MariaDB only"));

    private static Map.Entry<Pattern, String> rule(String regex, String why) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), why);
    }

    @Test
    void theCheckRecognisesMariaDbOnlyStatements() {
        for (String mariaDbOnly : List.of("ALTER TABLE a ADD COLUMN IF NOT EXISTS b INT",
                "CREATE INDEX IF NOT EXISTS i ON a (b)", "CREATE OR REPLACE TABLE a (b INT)",
                "DELETE FROM a WHERE b = 1 RETURNING b", "CREATE SEQUENCE s", "CREATE TABLE a (b INET6)",
                "CREATE TABLE a (b UUID)", "CREATE TABLE a (b BINARY(16) DEFAULT RANDOM_BYTES(16))")) {
            assertFalse(problems(mariaDbOnly).isEmpty(), mariaDbOnly);
        }
        assertEquals(List.of(), problems("CREATE TABLE a (b DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6), "
                + "c BINARY(16) DEFAULT (UUID_TO_BIN(UUID())))"), "what both accept");
    }

    @Test
    void everyMigrationKeepsToWhatMySql8AndMariaDbBothAccept() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> migrations = sqlFiles();
        assertFalse(migrations.isEmpty(), "the migrations are found");
        for (Path migration : migrations) {
            String text = withoutSqlComments(Files.readString(migration, StandardCharsets.UTF_8));
            problems(text).forEach(p -> found.add(migration.getFileName() + ": " + p));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theSqlInTheAppsCodeKeepsToWhatBothAccept() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String literal : stringLiterals(Files.readString(source, StandardCharsets.UTF_8))) {
                    if (looksLikeSql(literal)) {
                        problems(literal).forEach(p -> found.add(source.getFileName() + ": " + p));
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<String> problems(String sql) {
        List<String> problems = new ArrayList<>();
        MARIADB_ONLY.forEach((pattern, why) -> {
            Matcher m = pattern.matcher(sql);
            if (m.find()) {
                problems.add("'" + m.group() + "': " + why);
            }
        });
        return problems;
    }

    private static List<Path> sqlFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db"))) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static List<String> stringLiterals(String java) {
        List<String> literals = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(java.replaceAll("(?m)^\\s*(//|\\*).*$", ""));
        while (m.find()) {
            literals.add(m.group(1));
        }
        return literals;
    }

    private static boolean looksLikeSql(String literal) {
        return Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\\b").matcher(literal).find();
    }
}
