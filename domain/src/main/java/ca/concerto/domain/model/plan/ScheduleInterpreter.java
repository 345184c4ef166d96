package ca.concerto.domain.model.plan;

import java.text.Normalizer;
import java.time.DayOfWeek;
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
 * Derives what a French schedule text says, the way a person reads it: "24 mai 2018" is that day;
 * "Décembre 2018" the month; "09/2021" too; "semaine du 14 novembre 2021" that week; "Automne 2018 – hiver
 * 2019" one stretch from the first day of autumn 2018 to the last of winter 2019 (a year written once serves
 * the whole range); "Hiver 2027-2028" the winter from December 2027; "15 décembre 2021 et 16 février 2022" two
 * days, not the weeks between them; "Septembre" or "Hiver et printemps", without a year, those of the plan's
 * period; "En continu" or "4 fois par année" recur over the plan's period, the latter 4 times a year;
 * "À déterminer" is undetermined. Seasons are the astronomical ones. Anything unread stays undetermined, never
 * an error.
 */
final class ScheduleInterpreter {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12));

    private static final List<String> SEASONS = List.of("printemps", "ete", "automne", "hiver");

    private static final String YEAR = "(?:19|20)\\d\\d";

    /**
     * A moment: a day, a month or a season, each with an optional year or pair of years ("hiver 2027-2028"),
     * possibly the week of a day; or a month written in figures ("09/2021").
     */
    private static final Pattern MOMENT = Pattern.compile(
            "(?<week>\\bsemaine du\\s+)?(?:\\b(?<day>[0-3]?\\d)(?:er)?\\s+)?\\b(?<name>"
                    + String.join("|", MONTHS.keySet()) + "|" + String.join("|", SEASONS) + ")\\b"
                    + "(?:\\s+(?<year>" + YEAR + ")(?:\\s+-\\s+(?<endYear>" + YEAR + ")\\b)?)?"
                    + "|\\b(?<figureMonth>0?[1-9]|1[0-2])\\s*/\\s*(?<figureYear>" + YEAR + ")\\b");

    /** What joins two moments into one stretch of time: a dash, "à", "au", "jusqu'à". */
    private static final Pattern RANGE = Pattern.compile("\\s*(?:-|a|au|jusqu'a|jusqu'au)\\s*");

    private static final Pattern RECURRING = Pattern.compile(
            "\\bcontinu\\b|\\bfois par\\b|\\bpar (?:annee|an|mois|semaine)\\b|/\\s*(?:annee|an|mois|semaine)\\b"
                    + "|\\bchaque\\b|\\bmensuel|\\bhebdomadaire|\\btrimestriel|\\bannuel|\\bdurant l'annee\\b");

    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12));

    private static final String COUNT = "(?:\\d{1,3}|" + String.join("|", COUNTS.keySet()) + ")";

    /**
     * A count of times per unit: "4 fois par année", "4 par année", "un courriel/mois", "deux diffusions par
     * mois", "quatre (4) rencontres du comité durant l'année". The words between count and unit are few and
     * hold no other count, so that "une moyenne de deux diffusions par mois" is two.
     */
    private static final Pattern FREQUENCY = Pattern.compile("\\b(?<count>" + COUNT + ")\\b(?:\\s+\\d{1,3}\\b)?"
            + "(?:\\s+(?!" + COUNT + "\\b|par\\b|fois\\b)[\\p{L}'.]+){0,6}?\\s*(?:fois\\s*)?"
            + "(?:par|/|chaque|durant l'|dans l'|au cours de l')\\s*(?<unit>annee|an|mois|semaine)\\b");

    private static final Pattern A_YEAR = Pattern.compile("\\b" + YEAR + "\\b");

    private ScheduleInterpreter() {
    }

    static Schedule interpret(String text, Period planPeriod) {
        String written = text == null ? "" : text.strip();
        String plain = plain(written);
        Frequency frequency = frequency(plain);
        List<Occurrence> occurrences = occurrences(plain, planPeriod);
        if (!occurrences.isEmpty()) {
            ScheduleKind kind = occurrences.stream().allMatch(Occurrence::isDay) ? ScheduleKind.DATE : ScheduleKind.PERIOD;
            return new Schedule(written, kind, occurrences, frequency);
        }
        if (frequency != null || RECURRING.matcher(plain).find()) {
            List<Occurrence> span = planPeriod == null || planPeriod.start() == null || planPeriod.end() == null
                    ? List.of() : List.of(new Occurrence(planPeriod.start(), planPeriod.end()));
            return new Schedule(written, ScheduleKind.RECURRING, span, frequency);
        }
        return new Schedule(written, ScheduleKind.UNDETERMINED, List.of(), null);
    }

    /** True when the text writes a year of its own, so that its reading does not depend on the plan's period. */
    static boolean namesAYear(String text) {
        return text != null && A_YEAR.matcher(plain(text)).find();
    }

    /** Lower case, no accents, one kind of dash and of apostrophe, parentheses read as spaces. */
    private static String plain(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.CANADA_FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return lower.replace('\u2019', '\'').replaceAll("[()]", " ").replaceAll("[\u2010-\u2015-]", " - ")
                .replaceAll("\\s+", " ");
    }

    private static Frequency frequency(String plain) {
        Matcher matcher = FREQUENCY.matcher(plain);
        if (!matcher.find()) {
            return null;
        }
        String count = matcher.group("count");
        Frequency.Unit unit = switch (matcher.group("unit")) {
            case "mois" -> Frequency.Unit.MONTH;
            case "semaine" -> Frequency.Unit.WEEK;
            default -> Frequency.Unit.YEAR;
        };
        return new Frequency(COUNTS.containsKey(count) ? COUNTS.get(count) : Integer.parseInt(count), unit);
    }

    /**
     * The moments of the text, those joined by a dash (or "à", "au") making one occurrence together, the
     * others ("et", a comma, a remark between them) one each.
     */
    private static List<Occurrence> occurrences(String plain, Period planPeriod) {
        List<Moment> found = new ArrayList<>();
        Matcher matcher = MOMENT.matcher(plain);
        while (matcher.find()) {
            found.add(Moment.of(matcher));
        }
        List<Occurrence> occurrences = new ArrayList<>();
        Occurrence current = null;
        for (int i = 0; i < found.size(); i++) {
            Optional<Occurrence> read = found.get(i).occurrence(yearFor(found, i), planPeriod);
            if (read.isEmpty()) {
                // A moment that names no real day ("31 février") makes the whole text unread.
                return List.of();
            }
            boolean continues = current != null
                    && RANGE.matcher(plain.substring(found.get(i - 1).end(), found.get(i).begin())).matches();
            if (continues) {
                current = new Occurrence(min(current.start(), read.get().start()), max(current.end(), read.get().end()));
            } else {
                if (current != null) {
                    occurrences.add(current);
                }
                current = read.get();
            }
        }
        if (current != null) {
            occurrences.add(current);
        }
        return occurrences;
    }

    /** A year written once serves the moments before it ("Printemps – Été 2018") and, failing that, the ones after it. */
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

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Moment(String name, Integer day, Integer year, Integer endYear, boolean week, int begin, int end) {

        static Moment of(Matcher matcher) {
            if (matcher.group("figureMonth") != null) {
                String month = MONTHS.entrySet().stream()
                        .filter(entry -> entry.getValue() == Integer.parseInt(matcher.group("figureMonth")))
                        .findFirst().orElseThrow().getKey();
                return new Moment(month, null, Integer.valueOf(matcher.group("figureYear")), null, false, matcher.start(),
                        matcher.end());
            }
            return new Moment(matcher.group("name"), number(matcher.group("day")), number(matcher.group("year")),
                    number(matcher.group("endYear")), matcher.group("week") != null, matcher.start(), matcher.end());
        }

        private static Integer number(String digits) {
            return digits == null ? null : Integer.valueOf(digits);
        }

        /** The moment in the year the text gives it, else in the plan's period; empty when neither says. */
        Optional<Occurrence> occurrence(Integer writtenYear, Period planPeriod) {
            if (writtenYear != null) {
                return in(writtenYear);
            }
            if (planPeriod == null || planPeriod.start() == null || planPeriod.end() == null) {
                return Optional.empty();
            }
            for (int candidate = planPeriod.start().getYear(); candidate <= planPeriod.end().getYear() + 1; candidate++) {
                Optional<Occurrence> occurrence = in(candidate);
                if (occurrence.isPresent() && occurrence.get().overlaps(planPeriod.start(), planPeriod.end())) {
                    return occurrence;
                }
            }
            return Optional.empty();
        }

        private Optional<Occurrence> in(int year) {
            Integer month = MONTHS.get(name);
            if (month == null) {
                // "hiver 2027-2028" is the winter that starts in 2027; "hiver 2019" the one that ends in 2019.
                boolean winterOfTwoYears = "hiver".equals(name) && endYear != null && endYear == year + 1;
                return Optional.of(season(name, winterOfTwoYears ? endYear : year));
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day == null) {
                return Optional.of(new Occurrence(yearMonth.atDay(1), yearMonth.atEndOfMonth()));
            }
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                return Optional.empty();
            }
            LocalDate date = yearMonth.atDay(day);
            return Optional.of(week ? new Occurrence(date, date.plusDays(DayOfWeek.values().length - 1)) : new Occurrence(date, date));
        }
    }

    /** The astronomical seasons; "hiver 2019" is the winter that ends in March 2019. */
    private static Occurrence season(String season, int year) {
        return switch (season) {
            case "printemps" -> new Occurrence(LocalDate.of(year, 3, 20), LocalDate.of(year, 6, 20));
            case "ete" -> new Occurrence(LocalDate.of(year, 6, 21), LocalDate.of(year, 9, 22));
            case "automne" -> new Occurrence(LocalDate.of(year, 9, 23), LocalDate.of(year, 12, 20));
            default -> new Occurrence(LocalDate.of(year - 1, 12, 21), LocalDate.of(year, 3, 19));
        };
    }
}
