package ca.concerto.domain.model.watch;

/** Where a policy change stands. */
public enum PolicyStatus { ANNOUNCED, IN_CONSULTATION, ADOPTED, IN_FORCE, WITHDRAWN }
