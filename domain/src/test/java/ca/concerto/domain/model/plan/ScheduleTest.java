package ca.concerto.domain.model.plan;

import static ca.concerto.domain.model.plan.ScheduleKind.DATE;
import static ca.concerto.domain.model.plan.ScheduleKind.PERIOD;
import static ca.concerto.domain.model.plan.ScheduleKind.RECURRING;
import static ca.concerto.domain.model.plan.ScheduleKind.UNDETERMINED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {

    /** The Montérégie 2018–2019 plan runs over the public sector's year. */
    private static final Period PLAN_2018_2019 =
            new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019");

    /** Every schedule text of the seed plans, with the interval a person would give it. */
    static Stream<Arguments> seedSchedules() {
        return Stream.of(
                // Montérégie 2018–2019, all 28 distinct texts of its activity tables
                read("24 mai 2018", DATE, "2018-05-24", "2018-05-24"),
                read("3 mai 2018", DATE, "2018-05-03", "2018-05-03"),
                read("10 octobre 2018", DATE, "2018-10-10", "2018-10-10"),
                read("Mai 2018", PERIOD, "2018-05-01", "2018-05-31"),
                read("Juin 2018", PERIOD, "2018-06-01", "2018-06-30"),
                read("Septembre 2018", PERIOD, "2018-09-01", "2018-09-30"),
                read("Novembre 2018", PERIOD, "2018-11-01", "2018-11-30"),
                read("Décembre 2018", PERIOD, "2018-12-01", "2018-12-31"),
                read("Janvier 2019", PERIOD, "2019-01-01", "2019-01-31"),
                read("Mars 2019", PERIOD, "2019-03-01", "2019-03-31"),
                read("Avril-mai 2018", PERIOD, "2018-04-01", "2018-05-31"),
                read("Été 2018", PERIOD, "2018-06-21", "2018-09-22"),
                read("Automne 2018", PERIOD, "2018-09-23", "2018-12-20"),
                read("Printemps – Été 2018", PERIOD, "2018-03-20", "2018-09-22"),
                read("Printemps – été 2018", PERIOD, "2018-03-20", "2018-09-22"),
                read("Automne 2018 – hiver 2019", PERIOD, "2018-09-23", "2019-03-19"),
                read("Printemps 2018 (pour recension des actions) Été- automne 2018 (pour collecte d'informations "
                        + "auprès des partenaires)", PERIOD, "2018-03-20", "2018-12-20"),
                read("4 fois par année", RECURRING, "2018-04-01", "2019-03-31"),
                read("Continu", RECURRING, "2018-04-01", "2019-03-31"),
                read("En continu", RECURRING, "2018-04-01", "2019-03-31"),
                read("En continu, en fonction des opportunités", RECURRING, "2018-04-01", "2019-03-31"),
                read("En continu, une moyenne de deux diffusions par mois", RECURRING, "2018-04-01", "2019-03-31"),
                read("À déterminer", UNDETERMINED, null, null),
                read("Date à déterminer", UNDETERMINED, null, null),
                read("À déterminer en fonction du calendrier de déploiement", UNDETERMINED, null, null),
                read("Selon calendrier prévu par la démarche d'AE", UNDETERMINED, null, null),
                read("En fonction des travaux du MF", UNDETERMINED, null, null),
                read("Au besoin, selon l'avancée des travaux du GTM-ODL", UNDETERMINED, null, null),
                // Capitale-Nationale 2021–2022 and the platform's own examples
                read("Le 1er décembre 2021", DATE, "2021-12-01", "2021-12-01"),
                read("hiver 2022", PERIOD, "2021-12-21", "2022-03-19"),
                read("Février 2022", PERIOD, "2022-02-01", "2022-02-28"),
                read("Printemps 2019", PERIOD, "2019-03-20", "2019-06-20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedSchedules")
    void readsEverySeedScheduleAsAPersonWould(String text, ScheduleKind kind, LocalDate start, LocalDate end) {
        Schedule schedule = Schedule.of(text, PLAN_2018_2019);

        assertThat(schedule.text()).isEqualTo(text);
        assertThat(schedule.kind()).isEqualTo(kind);
        assertThat(schedule.start().orElse(null)).isEqualTo(start);
        assertThat(schedule.end().orElse(null)).isEqualTo(end);
    }

    /** The Capitale-Nationale work plan runs from July to June. */
    private static final Period PLAN_2021_2022 =
            new Period(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30), "2021-2022");

    /** What the issue "Plans of any shape" found read wrongly, as a person reads it in a 2021–2022 plan. */
    static Stream<Arguments> schedulesAsPeopleWriteThem() {
        return Stream.of(
                read("Septembre", PERIOD, "2021-09-01", "2021-09-30"),
                read("Octobre", PERIOD, "2021-10-01", "2021-10-31"),
                read("Hiver et printemps", PERIOD, "2021-12-21", "2022-06-20"),
                read("en 09/2021", PERIOD, "2021-09-01", "2021-09-30"),
                read("semaine du 14 novembre 2021", PERIOD, "2021-11-14", "2021-11-20"),
                read("Hiver 2027-2028", PERIOD, "2027-12-21", "2028-03-19"),
                read("15 décembre 2021 et 16 février 2022", DATE, "2021-12-15", "2022-02-16"),
                read("Quatre (4) rencontres du comité durant l'année", RECURRING, "2021-07-01", "2022-06-30"),
                read("Un courriel/mois", RECURRING, "2021-07-01", "2022-06-30"),
                read("Bulletin (4 par année)", RECURRING, "2021-07-01", "2022-06-30"),
                read("4 fois par année", RECURRING, "2021-07-01", "2022-06-30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedulesAsPeopleWriteThem")
    void readsSchedulesAsPeopleWriteThem(String text, ScheduleKind kind, LocalDate start, LocalDate end) {
        Schedule schedule = Schedule.of(text, PLAN_2021_2022);

        assertThat(schedule.kind()).as(schedule.toString()).isEqualTo(kind);
        assertThat(schedule.start().orElse(null)).as(schedule.toString()).isEqualTo(start);
        assertThat(schedule.end().orElse(null)).as(schedule.toString()).isEqualTo(end);
    }

    @org.junit.jupiter.api.Test
    void severalDatesStaySeveralAndMeetOnlyTheirOwnDays() {
        Schedule twoDays = Schedule.of("15 décembre 2021 et 16 février 2022", PLAN_2021_2022);

        assertThat(twoDays.occurrences()).containsExactly(
                new Occurrence(LocalDate.of(2021, 12, 15), LocalDate.of(2021, 12, 15)),
                new Occurrence(LocalDate.of(2022, 2, 16), LocalDate.of(2022, 2, 16)));
        assertThat(twoDays.overlaps(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31))).as("January").isFalse();
        assertThat(twoDays.overlaps(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28))).as("February").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "4 fois par année|4|YEAR",
        "Quatre (4) rencontres du comité durant l'année|4|YEAR",
        "Un courriel/mois|1|MONTH",
        "Bulletin (4 par année)|4|YEAR",
        "En continu, une moyenne de deux diffusions par mois|2|MONTH",
        "Trois fois par semaine|3|WEEK"})
    void aFrequencyIsKeptAsWritten(String text, int count, Frequency.Unit unit) {
        assertThat(Schedule.of(text, PLAN_2021_2022).frequency()).contains(new Frequency(count, unit));
    }

    @org.junit.jupiter.api.Test
    void carriedIntoTheNextPeriodNamedYearsMoveByTheOffsetAndAwaitReviewTheOthersAreReadAgain() {
        Period next = new Period(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 6, 30), "2022-2023");

        Schedule dated = Schedule.of("Mai 2022", PLAN_2021_2022).carriedTo(PLAN_2021_2022, next);
        Schedule yearless = Schedule.of("Septembre", PLAN_2021_2022).carriedTo(PLAN_2021_2022, next);
        Schedule sameVersion = Schedule.of("Mai 2022", PLAN_2021_2022).carriedTo(PLAN_2021_2022, PLAN_2021_2022);

        assertThat(dated.start()).contains(LocalDate.of(2023, 5, 1));
        assertThat(dated.end()).contains(LocalDate.of(2023, 5, 31));
        assertThat(dated.text()).isEqualTo("Mai 2022");
        assertThat(dated.toReview()).isTrue();
        assertThat(yearless.start()).contains(LocalDate.of(2022, 9, 1));
        assertThat(yearless.toReview()).isFalse();
        assertThat(sameVersion.toReview()).isFalse();
        assertThat(sameVersion.start()).contains(LocalDate.of(2022, 5, 1));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Quand les astres seront alignés", "31 février 2019", "Q3"})
    void unreadableTextStaysTextAndUndetermined(String text) {
        Schedule schedule = Schedule.of(text, PLAN_2018_2019);

        assertThat(schedule.kind()).isEqualTo(UNDETERMINED);
        assertThat(schedule.start()).isEmpty();
        assertThat(schedule.text()).isEqualTo(text == null ? "" : text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"été", "Septembre", "Hiver et printemps"})
    void aMomentWithoutAYearNeedsThePlansPeriod(String text) {
        assertThat(Schedule.of(text, null).kind()).isEqualTo(UNDETERMINED);
        assertThat(Schedule.of(text, PLAN_2018_2019).kind()).isEqualTo(PERIOD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"En continu", "4 fois par année"})
    void aRecurringScheduleWithoutAPlanPeriodHasNoInterval(String text) {
        Schedule schedule = Schedule.of(text, null);

        assertThat(schedule.kind()).isEqualTo(RECURRING);
        assertThat(schedule.start()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anIntervalOverlapsTheQuartersItTouches() {
        Schedule autumn = Schedule.of("Automne 2018", PLAN_2018_2019);

        assertThat(autumn.overlaps(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30))).isTrue();
        assertThat(autumn.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31))).isFalse();
        assertThat(Schedule.of("À déterminer", PLAN_2018_2019).overlaps(LocalDate.MIN, LocalDate.MAX)).isFalse();
    }

    private static Arguments read(String text, ScheduleKind kind, String start, String end) {
        return Arguments.of(text, kind, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    @org.junit.jupiter.api.Test
    void schedulesAndPeriodsAreValuesEqualWhenTheySayTheSame() {
        Period plan = new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019");
        assertThat(new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019")).isEqualTo(plan)
                .hasSameHashCodeAs(plan);
        assertThat(new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-19")).isNotEqualTo(plan);

        assertThat(Schedule.of("Printemps 2019", plan)).isEqualTo(Schedule.of("Printemps 2019", plan))
                .hasSameHashCodeAs(Schedule.of("Printemps 2019", plan));
        assertThat(Schedule.of("En continu", plan)).isNotEqualTo(Schedule.of("En continu", null));
        assertThat(Schedule.of("Printemps 2019", plan)).isNotEqualTo(Schedule.of("Été 2019", plan));
        assertThat(Lead.asWritten("DSP")).isEqualTo(Lead.asWritten("DSP")).isNotEqualTo(Lead.asWritten("CISSS"));
    }
}
