package ca.concerto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rule of the house: no code path outside tenancy/ sets a schema or a search_path. */
class TenancyBoundaryTest {

    /** The project's root: the parent of this module's directory, which Maven's Surefire names in {@code basedir}. */
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    private static final Pattern SETS_A_SCHEMA = Pattern.compile(
            "setSchema\\s*\\(|search_path\\s*(=|TO)|SET\\s+SCHEMA|currentSchema\\s*=|hibernate\\.default_schema",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noMainCodeOutsideTenancySetsASchema() throws IOException {
        List<Path> scanned;
        try (Stream<Path> files = Stream.of("domain", "web", "ear", "deploy").map(module -> PROJECT.resolve(module).resolve("src/main"))
                .filter(Files::isDirectory).flatMap(TenancyBoundaryTest::walk)) {
            scanned = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|sql|xml|properties|cli|sh|xhtml)$")).toList();
        }
        // Found from Maven's basedir, wherever the test runs from: it cannot pass by scanning nothing.
        assertThat(scanned).hasSizeGreaterThan(150)
                .anySatisfy(file -> assertThat(file).endsWith(Path.of("PlanCatalog.java")));
        assertThat(scanned.stream().filter(TenancyBoundaryTest::setsASchema).map(Path::toString)).isEmpty();
    }

    @Test
    void theCheckRecognisesTheWaysOfSettingASchema() {
        assertThat(SETS_A_SCHEMA.matcher("connection.setSchema(\"t_monteregie\")").find()).isTrue();
        assertThat(SETS_A_SCHEMA.matcher("SET search_path TO t_monteregie").find()).isTrue();
        assertThat(SETS_A_SCHEMA.matcher("jdbc:postgresql://h/db?currentSchema=t_x").find()).isTrue();
        assertThat(SETS_A_SCHEMA.matcher("<!-- One connection (so one search_path) per transaction. -->").find()).isFalse();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean setsASchema(Path file) {
        try {
            return SETS_A_SCHEMA.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
