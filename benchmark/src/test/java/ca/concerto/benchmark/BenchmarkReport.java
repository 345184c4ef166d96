package ca.concerto.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Prints the last load run: for each kind of request its p50, p95, p99, throughput and errors (from Gatling's own
 * statistics), then the raw-SQL floor measured in the same run and the ratios the goals are written in.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] arguments) throws IOException {
        Path results = Path.of(arguments.length > 0 ? arguments[0] : "deploy/target/gatling");
        Path run;
        try (Stream<Path> runs = Files.list(results)) {
            run = runs.filter(path -> Files.isRegularFile(path.resolve("js/stats.json")))
                    .max(Comparator.comparing(path -> path.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling run under " + results));
        }
        Properties figures = new Properties();
        try (Reader in = Files.newBufferedReader(results.resolve("floor-and-phases.properties"))) {
            figures.load(in);
        }
        JsonObject stats;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(run.resolve("js/stats.json")))) {
            stats = reader.readObject();
        }
        System.out.printf(Locale.ROOT, "BENCHMARK load run %s (Gatling's report: %s)%n", run.getFileName(), run.resolve("index.html"));
        System.out.printf(Locale.ROOT, "BENCHMARK %-40s %8s %8s %8s %8s %9s %6s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "per s", "errors");
        JsonObject contents = stats.getJsonObject("contents");
        for (String key : contents.keySet()) {
            JsonObject request = contents.getJsonObject(key).getJsonObject("stats");
            String name = request.getString("name");
            int count = total(request, "numberOfRequests");
            int errors = request.getJsonObject("numberOfRequests").getInt("ko", 0);
            String phase = figures.getProperty("phase." + name + ".seconds");
            double perSecond = phase == null ? Double.NaN : count / Double.parseDouble(phase);
            System.out.printf(Locale.ROOT, "BENCHMARK %-40s %8d %8d %8d %8d %9.1f %6d%n", name, count,
                    total(request, "percentiles1"), total(request, "percentiles3"), total(request, "percentiles4"), perSecond, errors);
        }
        double floor = Double.parseDouble(figures.getProperty("floor.median.ms"));
        double floorTen = Double.parseDouble(figures.getProperty("floor.10clients.per.second"));
        System.out.printf(Locale.ROOT, "BENCHMARK raw-SQL floor: the plan's tree (%s rows) in one query: median %.1f ms, p99 %.1f ms; "
                + "10 clients: %.0f per second%n", figures.getProperty("floor.rows"), floor,
                Double.parseDouble(figures.getProperty("floor.p99.ms")), floorTen);
        ratio(contents, figures, "plan page, 1 session", floor, "goal ≤ 5×");
        ratio(contents, figures, "GET /api/plans/{id}, 1 client", floor, "goal ≤ 2×");
    }

    private static void ratio(JsonObject contents, Properties figures, String name, double floor, String goal) {
        contents.values().stream().map(value -> value.asJsonObject().getJsonObject("stats"))
                .filter(stats -> stats.getString("name").equals(name)).findFirst().ifPresent(stats ->
                        System.out.printf(Locale.ROOT, "BENCHMARK ratio %s median / floor median: %.1f× (%s)%n", name,
                                total(stats, "percentiles1") / floor, goal));
    }

    private static int total(JsonObject stats, String figure) {
        return stats.getJsonObject(figure).getInt("total", 0);
    }
}
