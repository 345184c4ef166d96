package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator backs up one body and restores it: exactly as it was, audit included, no other body touched. */
class BackupRestoreIT {

    private static final String BODY = "capitale-nationale";
    private static final String SCHEMA = "t_capitale_nationale";
    private static final String OTHER_SCHEMA = "t_monteregie";

    private final Api api = new Api();

    @TempDir
    Path directory;

    @Test
    void aRestoredBodyIsExactlyAsBackedUpAndTheOthersAreUntouched() throws Exception {
        Path file = directory.resolve("capitale.sql");
        Map<String, String> before = contents(SCHEMA);
        Map<String, String> otherBefore = contents(OTHER_SCHEMA);

        Platform.Script backup = Platform.script("backup", BODY, file.toString());
        String coordinator = api.token("coordination.capitale");
        HttpResponse<String> created = api.post(Platform.URL + "/api/plans", coordinator,
                "{\"template\":\"work-plan\",\"title\":\"Après la sauvegarde\",\"period\":\"2026-2027\"}");
        long plan = id(created);
        api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator, "{\"level\":\"orientation\",\"title\":\"Orientation\"}");
        execute("UPDATE " + SCHEMA + ".plan SET title = 'Titre changé' WHERE id <> " + plan,
                "DELETE FROM " + SCHEMA + ".history_read");
        assertThat(contents(SCHEMA)).isNotEqualTo(before);
        Platform.Script restore = Platform.script("restore", BODY, file.toString());

        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(contents(SCHEMA)).as("every table of the body, audit tables included").isEqualTo(before);
        assertThat(contents(OTHER_SCHEMA)).isEqualTo(otherBefore);
        assertThat(api.get(Platform.URL + "/api/plans/" + plan, coordinator).statusCode()).isEqualTo(404);
        assertThat(api.get(Platform.URL + "/api/plans", coordinator).body()).contains("Plan de travail 2021-2022")
                .doesNotContain("Titre changé");
    }

    @Test
    void aBackupOfOneBodyIsNeverRestoredIntoAnother() throws Exception {
        Path file = directory.resolve("capitale.sql");
        Platform.Script backup = Platform.script("backup", BODY, file.toString());
        Map<String, String> otherBefore = contents(OTHER_SCHEMA);

        Platform.Script intoAnother = Platform.script("restore", "monteregie", file.toString());
        Files.writeString(file, Files.readString(file).replace(SCHEMA, OTHER_SCHEMA));
        Platform.Script edited = Platform.script("restore", BODY, file.toString());

        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(intoAnother.exitCode()).isNotZero();
        assertThat(intoAnother.output()).contains("is not a backup of monteregie", "nothing was changed");
        assertThat(edited.exitCode()).isNotZero();
        assertThat(edited.output()).contains("capitale-nationale's schema is t_capitale_nationale", "nothing was changed");
        assertThat(contents(OTHER_SCHEMA)).isEqualTo(otherBefore);
    }

    /** Each table of the schema: its rows, as text, in a stable order, hashed. */
    private static Map<String, String> contents(String schema) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                        + schema + "." + table + " t")) {
                    rows.next();
                    tables.put(table, rows.getString(1));
                }
            }
        }
        assertThat(tables).hasSizeGreaterThan(10);
        return tables;
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            for (String command : sql) {
                statement.execute(command);
            }
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(Platform.DB_URL, Platform.DB_OWNER, Platform.DB_OWNER_PASSWORD);
    }

    private static long id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
