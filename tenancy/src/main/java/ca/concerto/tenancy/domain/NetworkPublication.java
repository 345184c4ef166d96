package ca.concerto.tenancy.domain;

/**
 * What the network reads, published: every body's adopted plans copied into one place its role may read, so that
 * comparing hundreds of bodies is one query rather than one per body over their live tables. Adopted plans never
 * change; a body is copied again only when something the network sees changed in it (a plan adopted, archived or
 * removed, an organisation renamed), so that bodies already up to date cost nothing.
 */
public interface NetworkPublication {

    /** Copies again every active body whose copy is out of date; returns how many were. */
    int publishChanged();
}
