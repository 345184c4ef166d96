package ca.concerto.domain.model.partner;

/** The committees of a concertation body a person can sit on. */
public enum Committee {
    /** The body's committee itself, e.g. the Comité régional Opération Colibri. */
    REGIONAL_COMMITTEE,
    /** Its executive committee. */
    EXECUTIVE_COMMITTEE
}
