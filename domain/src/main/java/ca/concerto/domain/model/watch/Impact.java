package ca.concerto.domain.model.watch;

/** How much a policy change bears on a body's work. */
public enum Impact { NONE, LOW, MEDIUM, HIGH }
