package ca.concerto.domain.model.template;

import ca.concerto.domain.model.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The shared templates plans are made from, and the network's fields of action. */
public interface PlanTemplates {

    Optional<PlanTemplate> find(String code);

    /** @throws NotFound for an unknown template */
    default PlanTemplate get(String code) {
        return find(code).orElseThrow(() -> new NotFound(NotFound.What.TEMPLATE, code));
    }

    void add(PlanTemplate template);

    void remove(PlanTemplate template);

    /** Every template, by code. */
    List<PlanTemplate> all();

    /** The network's fields of action, in their order. */
    List<FieldOfAction> fieldsOfAction();
}
