package ca.concerto.tenancy.domain;

import java.util.List;

/**
 * The one path by which anything reads across tenants: the network's database role, which may read each
 * tenant's adopted-plans views ({@code network_plan}, {@code network_element}), their published copy
 * ({@link NetworkPublication}) and the shared policy assessments, nothing else, in read-only transactions. It
 * never switches anybody's tenant: each tenant's views are named with the tenant's schema, taken from the
 * registry and checked by {@link SchemaName}.
 */
public interface NetworkReader {

    /** The active bodies' adopted plans, counted: what the network's comparison shows before anyone asks for words. */
    NetworkSummary summary();

    /** The actions of one body's adopted plans that work on a field of action, in the plans' order. */
    List<NetworkElement> actionsOn(String field, String tenant);

    /**
     * The actions of every active body's adopted plans whose title, description, lead or target groups mention the
     * words, accents and case aside; bodies by name, each in its plans' order.
     */
    List<NetworkElement> actionsMentioning(String words);

    /**
     * Every tenant's assessment of a policy watch item, for the network; or, with {@code sharedOnly}, only
     * those their tenant shares, for other tenants.
     *
     * @param exceptTenant a tenant to leave out (the reader's own), or null
     */
    List<NetworkAssessment> assessments(long itemId, boolean sharedOnly, String exceptTenant);
}
