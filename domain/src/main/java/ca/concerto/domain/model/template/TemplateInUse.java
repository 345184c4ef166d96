package ca.concerto.domain.model.template;

import ca.concerto.domain.model.shared.Conflict;

/** A template plans were made from is kept: their history names it. */
public class TemplateInUse extends Conflict {

    private static final long serialVersionUID = 1L;

    public TemplateInUse(String code) {
        super(Reason.TEMPLATE_IN_USE, "Plans were made from the template " + code + ": it is kept");
    }
}
