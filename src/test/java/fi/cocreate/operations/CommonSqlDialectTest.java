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
            rule(
                    "\\b(ADD|DROP|MODIFY|CHANGE)\\s+(COLUMN\\s+|INDEX\\s+|KEY\\s+|CONSTRAINT\\s+|FOREIGN\\s+KEY\\s+)?IF\\s+(NOT\\s+)?EXISTS",
                    "ALTER TABLE … IF [NOT] EXISTS on a column, index or constraint is MariaDB only"),
            rule(
                    "\\bCREATE\\s+(UNIQUE\\s+)?INDEX\\s+IF\\s+NOT\\s+EXISTS",
                    "CREATE INDEX IF NOT EXISTS is MariaDB only"),
            rule(
                    "\\bCREATE\\s+OR\\s+REPLACE\\s+(?!VIEW\\b|ALGORITHM\\b|DEFINER\\b|SQL\\s+SECURITY\\b|SPATIAL\\b)",
                    "CREATE OR REPLACE of anything but a view (TABLE, INDEX, TRIGGER, PROCEDURE, …) is MariaDB only"),
            rule("\\bRETURNING\\b", "INSERT/DELETE … RETURNING is MariaDB only"),
            rule("\\bCREATE\\s+SEQUENCE\\b|\\bNEXTVAL\\s*\\(|\\bNEXT\\s+VALUE\\s+FOR\\b", "sequences are MariaDB only"),
            rule("\\b(INET4|INET6)\\b", "the INET4/INET6 column types are MariaDB only"),
            rule("\\bUUID\\b(?!\\s*\\()", "the UUID column type is MariaDB only"),
            rule("\\bENGINE\\s*=\\s*Aria\\b", "the Aria engine is MariaDB only"),
            rule("\\bWITH\\s+SYSTEM\\s+VERSIONING\\b", "system-versioned tables are MariaDB only"),
            rule(
                    "\\bDEFAULT\\s+(?!CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)[A-Z_]+\\s*\\(",
                    "a function as DEFAULT needs parentheses around it in MySQL 8: DEFAULT (f())"),
            rule("\\bPAGE_COMPRESSED\\b", "page compression options are MariaDB only"),
            rule("\\bROW_FORMAT\\s*=\\s*PAGE\\b", "ROW_FORMAT=PAGE is Aria's, MariaDB only"),
            rule(
                    "\\bOFFSET\\s+\\S+\\s+ROWS?\\b|\\bFETCH\\s+(FIRST|NEXT)\\b",
                    "OFFSET … ROWS / FETCH FIRST is MariaDB only: MySQL 8 pages with LIMIT"),
            rule("\\b(LASTVAL|SETVAL)\\s*\\(|\\bPREVIOUS\\s+VALUE\\s+FOR\\b", "sequences are MariaDB only"),
            rule(
                    "\\bJSON_(QUERY|EXISTS|DETAILED|COMPACT|LOOSE|NORMALIZE|EQUALS|ARRAY_INTERSECT|OBJECT_FILTER_KEYS"
                            + "|OBJECT_TO_ARRAY|KEY_VALUE)\\s*\\(",
                    "this JSON function is MariaDB only"),
            rule(
                    "\\b(NVL|NVL2|DECODE_ORACLE|ADD_MONTHS|TO_CHAR|SFORMAT|NATURAL_SORT_KEY|MEDIAN|ROWNUM|KDF|SYS_GUID)"
                            + "\\s*\\(",
                    "this function is MariaDB only"),
            rule(
                    "\\butf8mb[34]_uca1400_\\w+|\\buca1400_\\w+",
                    "the uca1400 collations are MariaDB 10.10+ only (MySQL 8: utf8mb4_0900_* or utf8mb4_unicode_ci)"),
            rule("\\bIGNORED\\b", "ignored indexes are MariaDB only (MySQL 8: INVISIBLE)"),
            rule("\\bGROUP_CONCAT\\s*\\([^)]*\\bLIMIT\\b", "GROUP_CONCAT(… LIMIT n) is MariaDB only"),
            rule("\\bLIMIT\\s+ROWS\\s+EXAMINED\\b", "LIMIT ROWS EXAMINED is MariaDB only"),
            rule(
                    "\\b(FOR\\s+UPDATE|LOCK\\s+IN\\s+SHARE\\s+MODE)\\s+WAIT\\b",
                    "FOR UPDATE WAIT n is MariaDB only (MySQL 8 has NOWAIT and SKIP LOCKED)"),
            rule("\\bPERIOD\\s+FOR\\b", "application-time periods are MariaDB only"),
            rule("\\bCAST\\s*\\([^)]*\\bAS\\s+INT(EGER)?\\s*\\)", "CAST(… AS INT) is refused by MySQL 8: AS SIGNED"));

    private static Map.Entry<Pattern, String> rule(String regex, String why) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), why);
    }

    @Test
    void theCheckRecognisesMariaDbOnlyStatements() {
        for (String mariaDbOnly : List.of(
                "ALTER TABLE a ADD COLUMN IF NOT EXISTS b INT",
                "CREATE INDEX IF NOT EXISTS i ON a (b)",
                "CREATE OR REPLACE TABLE a (b INT)",
                "DELETE FROM a WHERE b = 1 RETURNING b",
                "CREATE SEQUENCE s",
                "CREATE TABLE a (b INET6)",
                "CREATE TABLE a (b UUID)",
                "CREATE TABLE a (b BINARY(16) DEFAULT RANDOM_BYTES(16))",
                "CREATE OR REPLACE INDEX i ON a (b)",
                "SELECT b FROM a ORDER BY b OFFSET 10 ROWS FETCH FIRST 5 ROWS ONLY",
                "SELECT JSON_QUERY(b, '$.c') FROM a",
                "SELECT NVL(b, 0) FROM a",
                "SELECT LASTVAL(s)",
                "CREATE TABLE a (b VARCHAR(9)) COLLATE utf8mb4_uca1400_ai_ci",
                "ALTER TABLE a ADD INDEX i (b) IGNORED",
                "SELECT GROUP_CONCAT(b LIMIT 3) FROM a",
                "SELECT b FROM a FOR UPDATE WAIT 5",
                "SELECT CAST(b AS INTEGER) FROM a")) {
            assertFalse(problems(mariaDbOnly).isEmpty(), mariaDbOnly);
        }
        // RANDOM_BYTES came from MySQL (5.6.17); MariaDB has it since 10.10. Both accept the value of V300.
        for (String both : List.of(
                "CREATE TABLE a (b DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6), "
                        + "c BINARY(16) DEFAULT (UUID_TO_BIN(UUID())))",
                "INSERT INTO a (id, k) VALUES (1, RANDOM_BYTES(32))",
                "CREATE OR REPLACE VIEW v AS SELECT b FROM a",
                "SELECT b FROM a ORDER BY b LIMIT 5 OFFSET 10",
                "SELECT b FROM a FOR UPDATE SKIP LOCKED",
                "SELECT CAST(b AS SIGNED) FROM a",
                "CREATE TABLE a (b VARCHAR(9)) COLLATE = utf8mb4_unicode_ci")) {
            assertEquals(List.of(), problems(both), "what both accept: " + both);
        }
    }

    @Test
    void theSqlOfTheCodeIsFoundInLowerCaseAndAcrossConcatenatedLiterals() {
        List<String> sql = sqlLiterals("class A { String q = \"select id from organisation\"\n"
                + "        + \" where id = ?1 for update\"; String ui = \"Select a theme\"; }");
        assertEquals(List.of("select id from organisation where id = ?1 for update"), sql);
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
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String literal : sqlLiterals(Files.readString(source, StandardCharsets.UTF_8))) {
                    problems(literal).forEach(p -> found.add(source.getFileName() + ": " + p));
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

    /** The string literals of a Java source that hold SQL, a literal concatenated over lines counting as one. */
    private static List<String> sqlLiterals(String java) {
        String joined = java.replaceAll("(?m)^\\s*(//|\\*).*$", "").replaceAll("\"\\s*\\+\\s*\"", "");
        return stringLiterals(joined).stream()
                .filter(CommonSqlDialectTest::looksLikeSql)
                .toList();
    }

    private static List<String> stringLiterals(String java) {
        List<String> literals = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(java);
        while (m.find()) {
            literals.add(m.group(1));
        }
        return literals;
    }

    /** SQL keywords in capitals (JPQL too), or the shape of a statement in any case (native queries in lower case). */
    private static boolean looksLikeSql(String literal) {
        return Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER)\\b")
                        .matcher(literal)
                        .find()
                || Pattern.compile(
                                "^\\s*(select\\s.+\\sfrom\\s|insert\\s+(ignore\\s+)?into\\s|update\\s+\\w+\\s+set\\s"
                                        + "|delete\\s+from\\s)",
                                Pattern.CASE_INSENSITIVE)
                        .matcher(literal)
                        .find();
    }
}
