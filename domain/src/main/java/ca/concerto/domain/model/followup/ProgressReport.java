package ca.concerto.domain.model.followup;

import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * Where one action or activity stood at one reporting period, as its lead or the coordination reported
 * it: a status, how far along (when they say), and a note. One report per element and period; reporting
 * again for the same period revises it.
 */
@Entity
@Table(name = "progress_report")
@Audited(withModifiedFlag = true)
public class ProgressReport {

    @Id
    @GeneratedValue(generator = "progress_report_seq")
    @SequenceGenerator(name = "progress_report_seq", sequenceName = "progress_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "element_id", nullable = false)
    private PlanElement element;

    @Convert(converter = ReportingPeriodConverter.class)
    @Column(name = "reporting_period", nullable = false)
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgressStatus status;

    @Column(name = "percent_complete")
    private Integer percentComplete;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Version
    private int version;

    protected ProgressReport() {
    }

    public ProgressReport(PlanElement element, ReportingPeriod period) {
        this.element = Objects.requireNonNull(element, "element");
        this.period = Objects.requireNonNull(period, "period");
    }

    /** @throws IllegalArgumentException for a percentage outside 0 to 100 */
    public void report(ProgressStatus status, Integer percentComplete, String note, String by, LocalDate on) {
        if (percentComplete != null && (percentComplete < 0 || percentComplete > 100)) {
            throw new InvalidInput("percentComplete", "A percentage is between 0 and 100, not " + percentComplete);
        }
        this.status = Objects.requireNonNull(status, "status");
        this.percentComplete = percentComplete;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedOn = Objects.requireNonNull(on, "on");
    }

    public Long id() {
        return id;
    }

    public PlanElement element() {
        return element;
    }

    public ReportingPeriod period() {
        return period;
    }

    public ProgressStatus status() {
        return status;
    }

    public Integer percentComplete() {
        return percentComplete;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public int version() {
        return version;
    }
}
