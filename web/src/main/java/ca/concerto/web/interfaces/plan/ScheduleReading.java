package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.web.interfaces.language.Messages;
import java.text.MessageFormat;
import java.util.stream.Collectors;

/** How a schedule being typed reads, e.g. "Période : 2019-03-20 → 2019-06-20"; nothing for a blank one. */
final class ScheduleReading {

    private ScheduleReading() {
    }

    static String of(String text, Messages messages) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Schedule schedule = Schedule.of(text, null);
        String kind = messages.text("scheduleKind." + schedule.kind().name());
        String moments = schedule.occurrences().stream()
                .map(moment -> moment.isDay() ? moment.start().toString() : moment.start() + " → " + moment.end())
                .collect(Collectors.joining(", "));
        String often = schedule.frequency().map(frequency -> " · " + MessageFormat.format(
                messages.text("schedule.frequency." + frequency.unit().name()), frequency.count())).orElse("");
        return (moments.isEmpty() ? kind : kind + " : " + moments) + often;
    }
}
