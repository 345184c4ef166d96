package ca.concerto.web.interfaces.plan;

import ca.concerto.domain.application.followup.FollowUpService;
import ca.concerto.domain.application.followup.MeasurementEntry;
import ca.concerto.domain.application.followup.PlanFollowUp;
import ca.concerto.domain.application.followup.ProgressEntry;
import ca.concerto.domain.application.followup.ReportChangedMeanwhile;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.followup.ProgressStatus;
import ca.concerto.domain.model.followup.ReportingPeriod;
import ca.concerto.domain.model.plan.PlanNotEditable;
import ca.concerto.domain.model.text.Folding;
import ca.concerto.web.infrastructure.security.CurrentActor;
import ca.concerto.web.interfaces.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up panel of one element of the plan page: its status and note for a reporting period, its
 * indicator measurements, and what was reported before. The server decides who may record (the
 * coordination, or the partner whose organisation leads the element); this panel only asks.
 */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanView plan;

    @Inject
    FollowUpService followUps;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    private PlanOutline.Element element;
    private String period;
    private ProgressStatus status;
    private Integer percentComplete;
    private String note;
    private Integer fromVersion;
    private PlanFollowUp.Report changedMeanwhile;

    private String indicator;
    private BigDecimal value;
    private LocalDate measuredOn;
    private String measurementNote;

    public void open(long elementId) {
        element = plan.element(elementId);
        changedMeanwhile = null;
        List<ReportingPeriod> periods = periods();
        ReportingPeriod now = ReportingPeriod.containing(followUps.today());
        period = (periods.contains(now) ? now : periods.get(periods.size() - 1)).code();
        indicator = element.resultIndicators().isEmpty() ? null : element.resultIndicators().get(0);
        value = null;
        measuredOn = followUps.today();
        measurementNote = null;
        showPeriod();
    }

    /** Fills the form with what was reported for the chosen period, if anything. */
    public void showPeriod() {
        Optional<PlanFollowUp.Report> report = plan.getFollowUp().of(element.id(), period);
        status = report.map(PlanFollowUp.Report::status).orElse(null);
        percentComplete = report.map(PlanFollowUp.Report::percentComplete).orElse(null);
        note = report.map(PlanFollowUp.Report::note).orElse(null);
        fromVersion = report.map(PlanFollowUp.Report::version).orElse(null);
        changedMeanwhile = null;
    }

    public void report() {
        try {
            recorded(() -> {
                fromVersion = followUps.report(actor.get(),
                        new ProgressEntry(element.id(), period, status, percentComplete, note, fromVersion)).version();
                changedMeanwhile = null;
            }, "followUp.saved");
        } catch (ReportChangedMeanwhile conflict) {
            // The person's texts stay in the form; the saved report shows beside them; saving again is knowingly.
            changedMeanwhile = conflict.current();
            fromVersion = conflict.current().version();
            plan.reload();
        }
    }

    public void measure() {
        recorded(() -> {
            followUps.measure(actor.get(), new MeasurementEntry(element.id(), indicator, value, measuredOn, measurementNote));
            value = null;
            measurementNote = null;
        }, "followUp.measured");
    }

    /** Records follow-up, then shows the plan afresh; a refusal says why and changes nothing. */
    private void recorded(Runnable record, String doneKey) {
        try {
            record.run();
            messages.add(FacesMessage.SEVERITY_INFO, doneKey);
            plan.reload();
        } catch (PlanNotEditable archived) {
            messages.add(FacesMessage.SEVERITY_ERROR, "followUp.archived");
        }
    }

    /** The quarters of the plan's period (the last two years when the plan gives no dates). */
    public List<ReportingPeriod> periods() {
        PlanOutline outline = plan.getOutline();
        LocalDate today = followUps.today();
        LocalDate from = outline.periodStart() != null ? outline.periodStart() : today.minusYears(2);
        LocalDate to = outline.periodEnd() != null ? outline.periodEnd() : today;
        return ReportingPeriod.between(from, to.isBefore(from) ? from : to);
    }

    /** The element's result indicators containing what the person typed; they may name another. */
    public List<String> completeIndicator(String typed) {
        String folded = Folding.fold(typed == null ? "" : typed.strip());
        return element.resultIndicators().stream().filter(text -> Folding.fold(text).contains(folded)).toList();
    }

    public ProgressStatus[] getStatuses() {
        return ProgressStatus.values();
    }

    public List<PlanFollowUp.Report> getReports() {
        return element == null ? List.of() : newestFirst(plan.getFollowUp().reportsOf(element.id()));
    }

    public List<PlanFollowUp.Measurement> getMeasurements() {
        return element == null ? List.of() : newestFirst(plan.getFollowUp().measurementsOf(element.id()));
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }

    public PlanOutline.Element getElement() {
        return element;
    }

    public PlanFollowUp.Report getChangedMeanwhile() {
        return changedMeanwhile;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }

    public Integer getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(Integer percentComplete) {
        this.percentComplete = percentComplete;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getMeasurementNote() {
        return measurementNote;
    }

    public void setMeasurementNote(String measurementNote) {
        this.measurementNote = measurementNote;
    }
}
