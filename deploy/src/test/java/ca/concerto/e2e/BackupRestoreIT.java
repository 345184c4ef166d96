package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    void aRestoredBodyIsExactlyAsBackedUpAndTheOthersAreUntouched() {
        Path file = directory.resolve("capitale.sql");
        Map<String, String> before = Database.contents(SCHEMA);
        Map<String, String> otherBefore = Database.contents(OTHER_SCHEMA);

        Platform.Script backup = Platform.script("backup", BODY, file.toString());
        String coordinator = api.token("coordination.capitale");
        HttpResponse<String> created = api.post(Platform.URL + "/api/plans", coordinator,
                "{\"template\":\"work-plan\",\"title\":\"Après la sauvegarde\",\"period\":\"2026-2027\"}");
        long plan = Api.id(created, 201);
        api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator, "{\"level\":\"orientation\",\"title\":\"Orientation\"}");
        Database.execute("UPDATE " + SCHEMA + ".plan SET title = 'Titre changé' WHERE id <> " + plan,
                "DELETE FROM " + SCHEMA + ".history_read");
        assertThat(Database.contents(SCHEMA)).isNotEqualTo(before);
        Platform.Script restore = Platform.script("restore", BODY, file.toString());

        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(Database.contents(SCHEMA)).as("every table of the body, audit tables included").isEqualTo(before);
        assertThat(Database.contents(OTHER_SCHEMA)).isEqualTo(otherBefore);
        assertThat(api.get(Platform.URL + "/api/plans/" + plan, coordinator).statusCode()).isEqualTo(404);
        assertThat(api.get(Platform.URL + "/api/plans", coordinator).body()).contains("Plan de travail 2021-2022")
                .doesNotContain("Titre changé");
    }

    @Test
    void aBackupOfOneBodyIsNeverRestoredIntoAnother() throws java.io.IOException {
        Path file = directory.resolve("capitale.sql");
        Platform.Script backup = Platform.script("backup", BODY, file.toString());
        Map<String, String> otherBefore = Database.contents(OTHER_SCHEMA);

        Platform.Script intoAnother = Platform.script("restore", "monteregie", file.toString());
        Files.writeString(file, Files.readString(file).replace(SCHEMA, OTHER_SCHEMA));
        Platform.Script edited = Platform.script("restore", BODY, file.toString());

        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(intoAnother.exitCode()).isNotZero();
        assertThat(intoAnother.output()).contains("is not a backup of monteregie", "nothing was changed");
        assertThat(edited.exitCode()).isNotZero();
        assertThat(edited.output()).contains("capitale-nationale's schema is t_capitale_nationale", "nothing was changed");
        assertThat(Database.contents(OTHER_SCHEMA)).isEqualTo(otherBefore);
    }

}
