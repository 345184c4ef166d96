package ca.concerto.domain.model.watch;

/** The government a policy change comes from. */
public enum Jurisdiction { FEDERAL, QUEBEC, MUNICIPAL }
