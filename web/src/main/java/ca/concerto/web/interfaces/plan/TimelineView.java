package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.plans.PlanOutline;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan's actions and activities on a time axis, each bar the interval derived from its schedule
 * ("Printemps 2019" spans 2019-03-20 to 2019-06-20); those whose schedule gives no interval are listed
 * apart, with their words.
 */
@Named
@ViewScoped
public class TimelineView extends PlanPage<TimelineView.Reading> {

    private static final long serialVersionUID = 1L;

    /** The plan and its axis, read in one request. */
    record Reading(PlanOutline outline, List<Bar> bars, List<PlanOutline.Element> undetermined, List<Tick> ticks) {
    }

    /** One element's row: a segment for each moment of its schedule ("15 décembre et 16 février": two). */
    public record Bar(PlanOutline.Element element, List<Segment> segments) implements Serializable {
    }

    /** One moment on the axis: where it starts and how wide it is, in percent of the axis. */
    public record Segment(LocalDate start, LocalDate end, double left, double width) implements Serializable {

        public String getStyle() {
            return String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", left, width);
        }
    }

    /** The start of a year on the axis. */
    public record Tick(int year, double left) implements Serializable {

        public String getStyle() {
            return String.format(Locale.ROOT, "left:%.2f%%", left);
        }
    }

    @Override
    protected Optional<Reading> read(long planId) {
        return readOutline(planId).map(TimelineView::axis);
    }

    @Override
    protected PlanOutline outlineOf(Reading reading) {
        return reading.outline();
    }

    private static Reading axis(PlanOutline outline) {
        List<Bar> bars = new ArrayList<>();
        List<PlanOutline.Element> undetermined = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<PlanOutline.Element> items = outline.elements().stream().filter(element -> !outline.isHeading(element)).toList();
        LocalDate from = outline.periodStart();
        LocalDate to = outline.periodEnd();
        for (PlanOutline.Element item : items) {
            if (item.scheduleStart() != null) {
                from = from == null || item.scheduleStart().isBefore(from) ? item.scheduleStart() : from;
                to = to == null || item.scheduleEnd().isAfter(to) ? item.scheduleEnd() : to;
            }
        }
        for (PlanOutline.Element item : items) {
            if (item.scheduleStart() == null) {
                undetermined.add(item);
            } else {
                LocalDate axisStart = from;
                LocalDate axisEnd = to;
                bars.add(new Bar(item, item.scheduleOccurrences().stream().map(moment -> new Segment(moment.start(), moment.end(),
                        percent(axisStart, axisEnd, moment.start()), Math.max(0.8, percent(axisStart, axisEnd,
                                moment.end().plusDays(1)) - percent(axisStart, axisEnd, moment.start())))).toList()));
            }
        }
        if (from != null) {
            for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
                ticks.add(new Tick(year, percent(from, to, LocalDate.of(year, 1, 1))));
            }
        }
        return new Reading(outline, bars, undetermined, ticks);
    }

    private static double percent(LocalDate from, LocalDate to, LocalDate day) {
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to.plusDays(1)));
        return Math.min(100, Math.max(0, 100.0 * ChronoUnit.DAYS.between(from, day) / span));
    }

    public List<Bar> getBars() {
        return reading().bars();
    }

    public List<PlanOutline.Element> getUndetermined() {
        return reading().undetermined();
    }

    public List<Tick> getTicks() {
        return reading().ticks();
    }
}
