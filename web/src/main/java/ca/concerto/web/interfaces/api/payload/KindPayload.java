package ca.concerto.web.interfaces.api.payload;

import ca.concerto.domain.model.plan.PlanKind;

/** The kind of plan in both languages, e.g. {"fr": "Plan stratégique", "en": "Strategic plan"}. */
public record KindPayload(String fr, String en) {

    public static KindPayload of(PlanKind kind) {
        return new KindPayload(kind.french(), kind.english());
    }
}
