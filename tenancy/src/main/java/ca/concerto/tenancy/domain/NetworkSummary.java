package ca.concerto.tenancy.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Every body's adopted plans as the network compares them, counted in the database: the bodies with an adopted plan,
 * and per body how many of its actions work on each field of action, name each target group, and have a lead of
 * each sector. Headings are never counted.
 *
 * @param bodies the bodies with an adopted plan, by name
 * @param actionsPerField per body, the fields of action ({@link Count#label()} is the field's code)
 * @param targetGroups per body, its actions' target groups, most named first
 * @param leadSectors per body, the sectors of its actions' leads, most first; {@link #NO_SECTOR} for a lead that is no
 *        known organisation or one without a sector
 */
public record NetworkSummary(List<Body> bodies, List<Count> actionsPerField, List<Count> targetGroups,
        List<Count> leadSectors) implements Serializable {

    /** The sector counted for a lead that is no known organisation, or one without a sector (as the copy counts it). */
    public static final String NO_SECTOR = "";

    public NetworkSummary {
        bodies = List.copyOf(bodies);
        actionsPerField = List.copyOf(actionsPerField);
        targetGroups = List.copyOf(targetGroups);
        leadSectors = List.copyOf(leadSectors);
    }

    /** One body of the network, with its adopted plans, newest adoption first. */
    public record Body(String slug, String name, String region, List<AdoptedPlan> plans) implements Serializable {

        public Body {
            plans = List.copyOf(plans);
        }
    }

    public record AdoptedPlan(String title, String period) implements Serializable {
    }

    /** How many actions of the body go with the label. */
    public record Count(String tenant, String label, int count) implements Serializable {
    }
}
