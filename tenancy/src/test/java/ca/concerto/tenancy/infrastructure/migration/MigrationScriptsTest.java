package ca.concerto.tenancy.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationScriptsTest {

    @Test
    void theListedPlatformScriptsAreExactlyTheFilesInTheSourceTree() throws IOException {
        assertThat(MigrationScripts.PLATFORM.fileNames()).containsExactlyElementsOf(filesIn("db/platform"));
    }

    @Test
    void theListedTenantScriptsAreExactlyTheFilesInTheSourceTree() throws IOException {
        assertThat(MigrationScripts.TENANT.fileNames()).containsExactlyElementsOf(filesIn("db/tenant"));
    }

    @Test
    void theLatestVersionIsTheHighestScriptVersion() {
        assertThat(MigrationScripts.versionOf("V12__more.sql")).isEqualTo(12);
        assertThat(MigrationScripts.TENANT.latestVersion()).isEqualTo(MigrationScripts.TENANT.fileNames().size());
    }

    private static java.util.List<String> filesIn(String location) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", location))) {
            return files.map(path -> path.getFileName().toString())
                    .sorted((a, b) -> Integer.compare(MigrationScripts.versionOf(a), MigrationScripts.versionOf(b)))
                    .toList();
        }
    }
}
