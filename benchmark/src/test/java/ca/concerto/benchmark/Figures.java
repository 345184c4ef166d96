package ca.concerto.benchmark;

import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the run measured of each kind of request, as the virtual users saw it: every response time, the errors, and
 * when each timed phase began and ended, for throughputs over the phase rather than over the whole run.
 */
final class Figures {

    private final Map<String, List<Integer>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, long[]> spans = new ConcurrentHashMap<>();

    /** Records the request just made (its response time saved as "rt"); a failed one counts as an error. */
    Session record(String name, Session session) {
        times.computeIfAbsent(name, key -> Collections.synchronizedList(new ArrayList<>()))
                .add(session.contains("rt") ? session.getInt("rt") : 0);
        errors.computeIfAbsent(name, key -> new AtomicInteger());
        if (session.isFailed()) {
            errors.get(name).incrementAndGet();
            return session.markAsSucceeded().remove("rt");
        }
        return session.remove("rt");
    }

    /** Marks a moment of a phase (its start or its end, for any user): the phase spans the first to the last. */
    Session mark(String phase, Session session) {
        long now = System.currentTimeMillis();
        spans.merge(phase, new long[] {now, now}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        return session;
    }

    /** One line per kind of request: count, p50, p95, p99, throughput over its phase, errors. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-44s %7s %8s %8s %8s %8s %7s", "request", "count", "p50 ms", "p95 ms", "p99 ms",
                "per s", "errors"));
        times.keySet().stream().sorted().forEach(name -> {
            List<Integer> sorted = sorted(name);
            long[] span = spans.get(name);
            String perSecond = span == null ? "" : String.format(Locale.ROOT, "%.1f", sorted.size() / (Math.max(1, span[1] - span[0]) / 1000.0));
            lines.add(String.format(Locale.ROOT, "%-44s %7d %8d %8d %8d %8s %7d", name, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), perSecond, errors.get(name).get()));
        });
        return lines;
    }

    int median(String name) {
        return percentile(sorted(name), 50);
    }

    double perSecond(String name) {
        long[] span = spans.get(name);
        return span == null ? 0 : sorted(name).size() / (Math.max(1, span[1] - span[0]) / 1000.0);
    }

    private List<Integer> sorted(String name) {
        List<Integer> sorted;
        synchronized (times.get(name)) {
            sorted = new ArrayList<>(times.get(name));
        }
        Collections.sort(sorted);
        return sorted;
    }

    private static int percentile(List<Integer> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
