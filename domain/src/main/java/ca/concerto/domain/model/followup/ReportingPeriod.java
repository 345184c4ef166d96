package ca.concerto.domain.model.followup;

import ca.concerto.domain.model.shared.InvalidInput;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter progress is reported for, written "2019-Q2". */
public record ReportingPeriod(int year, int quarter) implements Serializable, Comparable<ReportingPeriod> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-Q([1-4])");

    public ReportingPeriod {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInput("period", "A quarter is 1 to 4, not " + quarter);
        }
    }

    public static ReportingPeriod containing(LocalDate day) {
        return new ReportingPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** @throws IllegalArgumentException for anything but "yyyy-Qn" */
    public static ReportingPeriod parse(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.strip());
        if (!matcher.matches()) {
            throw new InvalidInput("period", "A reporting period is written like 2019-Q2, not \"" + code + "\"");
        }
        return new ReportingPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarters from the one containing {@code from} to the one containing {@code to}, in order. */
    public static List<ReportingPeriod> between(LocalDate from, LocalDate to) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod at = containing(from); !at.start().isAfter(to); at = at.next()) {
            periods.add(at);
        }
        return periods;
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public ReportingPeriod next() {
        return quarter == 4 ? new ReportingPeriod(year + 1, 1) : new ReportingPeriod(year, quarter + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public String code() {
        return year + "-Q" + quarter;
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return code();
    }
}
