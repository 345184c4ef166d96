package ca.concerto.domain.model.shared;

/**
 * What a request names does not exist in the caller's body: another body's number reads the same as a
 * number that is nothing. Nothing was changed.
 */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was looked for; the API answers {@code PLAN_NOT_FOUND} and so on. */
    public enum What { PLAN, ELEMENT, TEMPLATE, ORGANISATION, MEETING, WATCH_ITEM, REPORT, SECTION, MILESTONE, PERSON, IMPORT }

    private final What what;

    public NotFound(What what, Object key) {
        super("No " + what.name().toLowerCase() + " " + key + " here");
        this.what = what;
    }

    public What what() {
        return what;
    }
}
