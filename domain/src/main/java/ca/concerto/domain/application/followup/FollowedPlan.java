package ca.concerto.domain.application.followup;

import ca.concerto.domain.application.plans.PlanOutline;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the plan's pages show, read in one transaction from one load of its tree: the plan, its
 * follow-up, the elements the person may follow up, the network's fields of action, and the day it is.
 */
public record FollowedPlan(PlanOutline outline, PlanFollowUp followUp, Set<Long> followable,
        List<FieldLabel> fieldsOfAction, LocalDate today) implements Serializable {

    public FollowedPlan {
        followable = Set.copyOf(followable);
        fieldsOfAction = List.copyOf(fieldsOfAction);
    }

    /** A field of action, with its names. */
    public record FieldLabel(String code, String labelFr, String labelEn) implements Serializable {
    }
}
