package ca.concerto.domain.model.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives an interval and a kind from a French schedule text, the way a person reads it:
 * "24 mai 2018" is that day; "Décembre 2018" the month; "Automne 2018 – hiver 2019" from the first day
 * of autumn 2018 to the last of winter 2019 (a year written once serves the whole range); "En continu"
 * or "4 fois par année" recur over the plan's period; "À déterminer" or "Selon calendrier prévu..." are
 * undetermined. Seasons are the astronomical ones. Anything unread stays undetermined, never an error.
 */
final class ScheduleInterpreter {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12));

    private static final List<String> SEASONS = List.of("printemps", "ete", "automne", "hiver");

    /** A day, a month or a season, each with an optional year: "24 mai 2018", "avril", "hiver 2019". */
    private static final Pattern MOMENT = Pattern.compile(
            "(?:\\b(?<day>[0-3]?\\d)(?:er)?\\s+)?\\b(?<name>" + String.join("|", MONTHS.keySet()) + "|"
                    + String.join("|", SEASONS) + ")\\b(?:\\s+(?<year>(?:19|20)\\d\\d))?");

    private static final Pattern RECURRING = Pattern.compile(
            "\\bcontinu\\b|\\bfois par\\b|\\bpar (?:annee|an|mois|semaine)\\b|\\bchaque\\b|\\bmensuel|\\bhebdomadaire|\\btrimestriel|\\bannuel");

    private ScheduleInterpreter() {
    }

    static Schedule interpret(String text, Period planPeriod) {
        String written = text == null ? "" : text.strip();
        String plain = plain(written);
        List<Interval> moments = moments(plain);
        if (!moments.isEmpty()) {
            LocalDate start = moments.stream().map(Interval::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate end = moments.stream().map(Interval::end).max(LocalDate::compareTo).orElseThrow();
            ScheduleKind kind = start.equals(end) ? ScheduleKind.DATE : ScheduleKind.PERIOD;
            return new Schedule(written, kind, start, end);
        }
        if (RECURRING.matcher(plain).find()) {
            return planPeriod == null
                    ? new Schedule(written, ScheduleKind.RECURRING, null, null)
                    : new Schedule(written, ScheduleKind.RECURRING, planPeriod.start(), planPeriod.end());
        }
        return new Schedule(written, ScheduleKind.UNDETERMINED, null, null);
    }

    /** Lower case, no accents, one kind of dash, no parenthesised remarks. */
    private static String plain(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.CANADA_FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return lower.replaceAll("\\([^)]*\\)", " ").replaceAll("[\u2010-\u2015-]", " - ").replaceAll("\\s+", " ");
    }

    private static List<Interval> moments(String plain) {
        List<Moment> found = new ArrayList<>();
        Matcher matcher = MOMENT.matcher(plain);
        while (matcher.find()) {
            String year = matcher.group("year");
            String day = matcher.group("day");
            found.add(new Moment(matcher.group("name"), day == null ? null : Integer.valueOf(day),
                    year == null ? null : Integer.valueOf(year)));
        }
        // A year written once serves the moments before it ("Printemps – Été 2018") and, failing that,
        // the ones after it.
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Integer year = yearFor(found, i);
            if (year != null) {
                found.get(i).interval(year).ifPresent(intervals::add);
            }
        }
        return intervals;
    }

    private static Integer yearFor(List<Moment> moments, int index) {
        for (int i = index; i < moments.size(); i++) {
            if (moments.get(i).year() != null) {
                return moments.get(i).year();
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            if (moments.get(i).year() != null) {
                return moments.get(i).year();
            }
        }
        return null;
    }

    private record Moment(String name, Integer day, Integer year) {

        Optional<Interval> interval(int inferredYear) {
            Integer month = MONTHS.get(name);
            if (month != null) {
                YearMonth yearMonth = YearMonth.of(inferredYear, month);
                if (day != null) {
                    if (day < 1 || day > yearMonth.lengthOfMonth()) {
                        return Optional.empty();
                    }
                    LocalDate date = yearMonth.atDay(day);
                    return Optional.of(new Interval(date, date));
                }
                return Optional.of(new Interval(yearMonth.atDay(1), yearMonth.atEndOfMonth()));
            }
            return Optional.of(season(name, inferredYear));
        }
    }

    /** The astronomical seasons; "hiver 2019" is the winter that ends in March 2019. */
    private static Interval season(String season, int year) {
        return switch (season) {
            case "printemps" -> new Interval(LocalDate.of(year, 3, 20), LocalDate.of(year, 6, 20));
            case "ete" -> new Interval(LocalDate.of(year, 6, 21), LocalDate.of(year, 9, 22));
            case "automne" -> new Interval(LocalDate.of(year, 9, 23), LocalDate.of(year, 12, 20));
            default -> new Interval(LocalDate.of(year - 1, 12, 21), LocalDate.of(year, 3, 19));
        };
    }

    private record Interval(LocalDate start, LocalDate end) {
    }
}
