package ca.concerto.domain.model.template;

import ca.concerto.domain.model.text.Folding;
import java.util.function.Predicate;

/** Codes made from names, for templates and levels a person names without thinking of a code. */
final class Codes {

    private Codes() {
    }

    /** "Plan stratégique" → "plan-strategique", or "plan-strategique-2"... when taken. */
    static String free(String name, String fallback, Predicate<String> taken) {
        String base = Folding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = fallback + (base.isEmpty() ? "" : "-" + base);
        }
        base = base.length() > 56 ? base.substring(0, 56).replaceAll("-+$", "") : base;
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

}
