package ca.concerto.domain.application.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value a person measured for one of an element's indicators. */
public record MeasurementEntry(long elementId, String indicator, BigDecimal value, LocalDate measuredOn, String note)
        implements Serializable {
}
