package ca.concerto.domain.model.plan;

/**
 * What a plan says of itself before its elements: an introduction, and the body's vision, mission,
 * mandates and roles. Each may be absent; the texts keep the document's line breaks.
 */
public record PlanStatements(String introduction, String vision, String mission, String mandates, String roles) {

    public static final PlanStatements NONE = new PlanStatements(null, null, null, null, null);
}
