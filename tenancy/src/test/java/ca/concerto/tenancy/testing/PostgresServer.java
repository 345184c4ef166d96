package ca.concerto.tenancy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 15 server for the tests of one JVM: a throw-away cluster from Debian's binaries, on a
 * free port, stopped when the JVM exits. Like the platform's, it has two roles: {@code concerto} owns the
 * schemas and runs the migrations, {@code concerto_app} is what the application connects as.
 */
public final class PostgresServer {

    public static final String OWNER = "concerto";
    public static final String APP = "concerto_app";
    public static final String NETWORK = "concerto_network";
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path directory;
    private final int port;

    private PostgresServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A new, empty database owned by {@code concerto}: each test class gets its own. */
    public Database newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = dataSource("postgres", "postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new Database(name, dataSource(name, OWNER), dataSource(name, APP), dataSource(name, NETWORK));
    }

    /** One database of the test server, reachable as its owner, as the application or as the network. */
    public record Database(String name, DataSource owner, DataSource app, DataSource network) {
    }

    private PGSimpleDataSource dataSource(String database, String user) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        dataSource.setPassword(user);
        return dataSource;
    }

    private static PostgresServer start() {
        if (!Files.isExecutable(BIN.resolve("initdb"))) {
            throw new IllegalStateException("PostgreSQL 15 is not installed (" + BIN + "); run deploy/concerto prerequisites");
        }
        try {
            Path directory = Files.createTempDirectory("concerto-test-pg");
            Path data = directory.resolve("data");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "postgres:postgres", directory.toString()));
            }
            run(asServerUser(root, List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")));
            int port = freePort();
            run(asServerUser(root, List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", directory.resolve("postgres.log").toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start")));
            PostgresServer server = new PostgresServer(directory, port);
            server.createRoles();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createRoles() {
        try (Connection connection = dataSource("postgres", "postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER + "'");
            statement.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP + "'");
            statement.execute("CREATE ROLE " + NETWORK + " LOGIN PASSWORD '" + NETWORK + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test roles", e);
        }
    }

    private void stop() {
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            run(asServerUser(root, List.of(BIN.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(),
                    "-m", "immediate", "stop")));
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A temporary directory left behind is harmless.
            }
        }
    }

    private static List<String> asServerUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
