package ca.concerto.domain.model.audit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What of a plan's history someone read, kept as a code in no language ("STATE_AT 3") so that each reader of the
 * log reads it in theirs.
 *
 * @param arguments the revisions it names, "now" for the plan as it is
 */
public record HistoryReading(Kind kind, List<String> arguments) implements Serializable {

    public enum Kind {
        TIMELINE, STATE_AT, COMPARISON, SINCE_ADOPTION, AUDIT_REPORT
    }

    public HistoryReading {
        arguments = List.copyOf(arguments);
    }

    public static HistoryReading timeline() {
        return new HistoryReading(Kind.TIMELINE, List.of());
    }

    public static HistoryReading stateAt(long revision) {
        return new HistoryReading(Kind.STATE_AT, List.of(String.valueOf(revision)));
    }

    /** @param to null: to the plan as it is now */
    public static HistoryReading comparison(long from, Long to) {
        return new HistoryReading(Kind.COMPARISON, List.of(String.valueOf(from), to == null ? "now" : String.valueOf(to)));
    }

    public static HistoryReading sinceAdoption() {
        return new HistoryReading(Kind.SINCE_ADOPTION, List.of());
    }

    public static HistoryReading auditReport() {
        return new HistoryReading(Kind.AUDIT_REPORT, List.of());
    }

    /** "COMPARISON 2 now": the kind, then the arguments. */
    public String code() {
        return arguments.isEmpty() ? kind.name() : kind.name() + " " + String.join(" ", arguments);
    }

    /** The reading a code names; empty for a line written before codes (free words), shown as it is. */
    public static Optional<HistoryReading> parse(String code) {
        String[] parts = code == null ? new String[0] : code.strip().split(" ");
        if (parts.length == 0) {
            return Optional.empty();
        }
        return Arrays.stream(Kind.values()).filter(kind -> kind.name().equals(parts[0])).findFirst()
                .map(kind -> new HistoryReading(kind, List.of(parts).subList(1, parts.length)));
    }
}
