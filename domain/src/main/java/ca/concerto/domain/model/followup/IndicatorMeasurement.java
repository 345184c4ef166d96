package ca.concerto.domain.model.followup;

import ca.concerto.domain.model.plan.PlanElement;
import ca.concerto.domain.model.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A value one of an element's result indicators took on a date, e.g. "Nombre de participants": 42. */
@Entity
@Table(name = "indicator_measurement")
@Audited(withModifiedFlag = true)
public class IndicatorMeasurement {

    @Id
    @GeneratedValue(generator = "indicator_measurement_seq")
    @SequenceGenerator(name = "indicator_measurement_seq", sequenceName = "indicator_measurement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "element_id", nullable = false)
    private PlanElement element;

    @Column(nullable = false)
    private String indicator;

    @Column(nullable = false)
    private BigDecimal value;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Version
    private int version;

    private static final int MAX_WHOLE_DIGITS = 15;
    private static final int MAX_DECIMALS = 6;

    protected IndicatorMeasurement() {
    }

    public IndicatorMeasurement(PlanElement element, String indicator, BigDecimal value, LocalDate measuredOn,
            String note, String recordedBy) {
        if (indicator == null || indicator.isBlank()) {
            throw new InvalidInput("indicator", "A measurement names its indicator");
        }
        this.element = Objects.requireNonNull(element, "element");
        this.indicator = indicator.strip();
        this.value = measurable(Objects.requireNonNull(value, "value"));
        this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn");
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** A measure a person writes down: a count or an amount, not a number no form could show. */
    private static BigDecimal measurable(BigDecimal value) {
        if (value.precision() - value.scale() > MAX_WHOLE_DIGITS || value.scale() > MAX_DECIMALS) {
            throw new InvalidInput("value", "A measurement has at most " + MAX_WHOLE_DIGITS + " digits before the point and "
                    + MAX_DECIMALS + " after");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public PlanElement element() {
        return element;
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal value() {
        return value;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
