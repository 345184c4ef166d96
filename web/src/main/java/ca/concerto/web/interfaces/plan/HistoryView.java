package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.history.HistoryService;
import ca.concerto.domain.application.history.PlanDiff;
import ca.concerto.domain.application.history.PlanSnapshot;
import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.access.Rights;
import ca.concerto.domain.model.audit.HistoryRead;
import ca.concerto.domain.model.audit.HistoryReading;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.LanguageSelection;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * A plan's history for the coordination and the auditors: its revisions, the plan as it was at any of
 * them, a comparison of two revisions, and the changes since the last adoption. Each read is logged.
 */
@Named
@ViewScoped
public class HistoryView extends PlanPage<PlanOutline> {

    private static final long serialVersionUID = 1L;
    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    @Inject
    HistoryService history;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    /** Read once, when the page opens: reading the timeline is logged as a read of the plan's history. */
    private List<RevisionLine> revisions;
    private List<HistoryRead> reads = List.of();
    private Long from;
    private Long to;
    private PlanSnapshot snapshot;
    private PlanDiff diff;
    private String diffTitle;
    private boolean allowed;

    /**
     * When the page opens, the plan with its timeline and read log, in one call; afterwards, or for those who may not
     * read its history, the plan alone.
     */
    @Override
    protected PlanOutline outlineOf(PlanOutline outline) {
        return outline;
    }

    @Override
    protected Optional<PlanOutline> read(long planId) {
        if (revisions != null) {
            return readOutline(planId);
        }
        allowed = Rights.mayReadHistory(actor.get());
        if (!allowed) {
            revisions = List.of();
            messages.add(FacesMessage.SEVERITY_ERROR, "refused.NOT_AUDITOR");
            return readOutline(planId);
        }
        return history.timeline(actor.get(), planId).map(timeline -> {
            revisions = timeline.revisions();
            reads = timeline.reads();
            if (revisions.size() >= 2) {
                from = revisions.get(revisions.size() - 2).number();
                to = revisions.get(revisions.size() - 1).number();
            }
            return timeline.outline();
        });
    }

    /** Shows the plan exactly as it was once the revision was saved. */
    public void show(long revision) {
        diff = null;
        snapshot = history.at(actor.get(), getOutline().id(), revision).orElse(null);
    }

    /** Compares the two revisions chosen (the later one may be "now": null). */
    public void compare() {
        snapshot = null;
        if (from == null) {
            return;
        }
        diff = history.diff(actor.get(), getOutline().id(), from, to, language.getLocale()).orElse(null);
        diffTitle = messages.text("history.comparison") + " " + from + " → " + (to == null ? messages.text("history.now") : to);
    }

    public void sinceAdoption() {
        snapshot = null;
        HistoryService.SinceAdoption since = history.sinceAdoption(actor.get(), getOutline().id(), language.getLocale()).orElse(null);
        if (since == null) {
            diff = null;
            messages.add(FacesMessage.SEVERITY_INFO, "history.neverAdopted");
            return;
        }
        diff = since.diff();
        diffTitle = java.text.MessageFormat.format(messages.text("history.sinceAdoption.title"),
                since.adoptedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale())),
                since.adoption().edition());
    }

    /** A revision's moment in Québec time, as the page's language writes it. */
    public String when(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .format(instant.atZone(QUEBEC));
    }

    /** A changed value as the page shows it: a plan's status in words, any other text as it is. */
    public String value(PlanDiff.FieldChange change, String value) {
        return value != null && "status".equals(change.field()) ? messages.text("planStatus." + value) : value;
    }

    /** What a read of the history looked at, in the page's language; a line logged in words before, as it was. */
    public String reading(HistoryRead read) {
        return HistoryReading.parse(read.what()).map(reading -> messages.format("history.reading." + reading.kind().name(),
                reading.arguments().stream().map(this::revisionName).toArray())).orElse(read.what());
    }

    /** The roles of who read it, named in the page's language. */
    public String roles(HistoryRead read) {
        return java.util.Arrays.stream(read.roles().split(",")).filter(role -> !role.isBlank())
                .map(role -> messages.text("role." + role.strip())).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A revision as the person counts them in this plan ("now" for the plan as it is). */
    private String revisionName(String revision) {
        if ("now".equals(revision)) {
            return messages.text("history.now");
        }
        int ordinal = ordinal(Long.parseLong(revision));
        return ordinal == 0 ? revision : String.valueOf(ordinal);
    }

    public String label(PlanOutline.Element element) {
        return snapshot.outline().label(element, language.getLocale());
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** A revision's place in this plan's history (1 for its first), as the person counts them. */
    public int ordinal(long revision) {
        return getRevisions().stream().filter(line -> line.number() == revision).mapToInt(RevisionLine::ordinal).findFirst().orElse(0);
    }

    public List<RevisionLine> getRevisions() {
        return revisions == null ? List.of() : revisions;
    }

    public List<HistoryRead> getReads() {
        return reads;
    }

    public PlanSnapshot getSnapshot() {
        return snapshot;
    }

    public PlanDiff getDiff() {
        return diff;
    }

    public String getDiffTitle() {
        return diffTitle;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }
}
