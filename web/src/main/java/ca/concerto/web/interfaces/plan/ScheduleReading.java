package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.plan.Period;
import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.web.interfaces.language.Messages;
import java.text.MessageFormat;
import java.util.stream.Collectors;

/** How a schedule being typed reads, e.g. "Période : 2019-03-20 → 2019-06-20"; nothing for a blank one. */
final class ScheduleReading {

    private ScheduleReading() {
    }

    /** How the text reads in the plan's period, as it will be saved ("Septembre" is that of the period). */
    static String of(String text, PlanOutline plan, Messages messages) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Period period = plan == null || plan.periodStart() == null || plan.periodEnd() == null ? null
                : new Period(plan.periodStart(), plan.periodEnd(), plan.period() == null ? "" : plan.period());
        Schedule schedule = Schedule.of(text, period);
        String kind = messages.text("scheduleKind." + schedule.kind().name());
        String moments = schedule.occurrences().stream()
                .map(moment -> moment.isDay() ? moment.start().toString() : moment.start() + " → " + moment.end())
                .collect(Collectors.joining(", "));
        String often = schedule.frequency().map(frequency -> " · " + MessageFormat.format(
                messages.text("schedule.frequency." + frequency.unit().name()), frequency.count())).orElse("");
        return (moments.isEmpty() ? kind : kind + " : " + moments) + often;
    }
}
