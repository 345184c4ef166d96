package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees from deploy/concerto when something is in the way. */
class ConcertoScriptIT {

    private static final Path SCRIPT = Path.of("concerto").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void aBusyPortStopsTheStartWithAMessageNamingThePortAndTheVariable() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();

            Result result = run("start", "CONCERTO_DB_PORT", String.valueOf(port));

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output())
                    .contains("port " + port + " (PostgreSQL) is already in use")
                    .contains("CONCERTO_DB_PORT=<port>");
            assertThat(home.resolve("run")).isEmptyDirectory();
        }
    }

    @Test
    void statusOfAPlatformNeverStartedSaysEverythingIsStopped() throws Exception {
        Result result = run("status", "CONCERTO_DB_PORT", "15999");

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("PostgreSQL  stopped").contains("Keycloak    stopped")
                .contains("WildFly     stopped");
    }

    private Result run(String command, String variable, String value) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command).redirectErrorStream(true);
        builder.environment().put("CONCERTO_HOME", home.toString());
        builder.environment().put("CONCERTO_SKIP_BUILD", "true");
        builder.environment().put(variable, value);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
