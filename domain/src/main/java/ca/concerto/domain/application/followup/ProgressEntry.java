package ca.concerto.domain.application.followup;

import ca.concerto.domain.model.followup.ProgressStatus;
import java.io.Serializable;

/**
 * What a person reports for one element and one reporting period ("2019-Q2"), from the version of that
 * period's report they saw (null when they saw none).
 */
public record ProgressEntry(long elementId, String period, ProgressStatus status, Integer percentComplete, String note,
        Integer fromVersion) implements Serializable {
}
