package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.application.followup.PlanFollowUp;
import java.util.Collection;
import java.util.List;

/** Every report and measurement of a plan's elements. */
public record FollowUpPayload(List<PlanFollowUp.Report> reports, List<PlanFollowUp.Measurement> measurements) {

    public static FollowUpPayload of(PlanFollowUp followUp) {
        return new FollowUpPayload(followUp.reports().values().stream().flatMap(Collection::stream).toList(),
                followUp.measurements().values().stream().flatMap(Collection::stream).toList());
    }
}
