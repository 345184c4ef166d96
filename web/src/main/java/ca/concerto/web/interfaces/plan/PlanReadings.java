package ca.concerto.web.interfaces.plan;

import jakarta.enterprise.context.RequestScoped;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the plan pages read during one request, dropped with it: a page keeps only which plan it shows and what the
 * person chose (filters, the revisions to compare) from one request to the next (architecture.md, D52).
 */
@RequestScoped
public class PlanReadings {

    /** Each page's reading, by the page's identity. */
    private final Map<Object, Object> readings = new IdentityHashMap<>();

    /** The page's reading in this request, read at the first ask; null when the page's plan is not found. */
    @SuppressWarnings("unchecked")
    <R> R of(Object page, Supplier<R> read) {
        if (!readings.containsKey(page)) {
            readings.put(page, read.get());
        }
        return (R) readings.get(page);
    }

    /** The page reads its plan again at its next ask: after a change, what it shows is the plan as saved. */
    void forget(Object page) {
        readings.remove(page);
    }
}
