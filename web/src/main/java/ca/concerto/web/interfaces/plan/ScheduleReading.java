package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.model.plan.Schedule;
import ca.concerto.web.interfaces.language.Messages;

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
        return schedule.start().map(start -> kind + " : " + start + " → " + schedule.end().orElseThrow()).orElse(kind);
    }
}
