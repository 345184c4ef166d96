package ca.concerto.tenancy.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One tenant's assessment of a policy watch item, as the network or another tenant may see it. */
public record NetworkAssessment(String tenant, String tenantName, String impact, boolean actionNeeded, String note,
        boolean shared, LocalDate assessedOn) implements Serializable {
}
