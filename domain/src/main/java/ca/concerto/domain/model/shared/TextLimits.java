package ca.concerto.domain.model.shared;

import java.util.Collection;

/**
 * How long a text of a plan may be: far above anything the bodies' documents hold (the longest seed title has
 * 1,719 characters), low enough that a pasted book or a runaway script is refused rather than stored.
 */
public final class TextLimits {

    /** A plan's or a template's name. */
    public static final int NAME = 300;
    /** An element's wording, a list item (collaborator, indicator, target group), a lead, a schedule. */
    public static final int LINE = 4_000;
    /** A description, expected results, a statement of the plan. */
    public static final int PARAGRAPHS = 20_000;
    /** Items of one list of an element (collaborators, indicators, target groups): the seeds' longest has 23. */
    public static final int ITEMS = 500;

    private TextLimits() {
    }

    /** @throws InvalidInput naming the field for a text longer than the limit; returns the text */
    public static String within(String text, int limit, String field) {
        if (text != null && text.length() > limit) {
            throw new InvalidInput(field, field + " is longer than " + limit + " characters");
        }
        return text;
    }

    /** @throws InvalidInput for a list of more than {@link #ITEMS} or with a text longer than the limit; returns the list */
    public static <C extends Collection<String>> C eachWithin(C texts, int limit, String field) {
        if (texts.size() > ITEMS) {
            throw new InvalidInput(field, field + " has more than " + ITEMS + " items");
        }
        texts.forEach(text -> within(text, limit, field));
        return texts;
    }
}
