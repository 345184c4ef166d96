package ca.concerto.web.interfaces.plan;

import java.text.Normalizer;
import java.util.Locale;

/** Text as a search compares it: lower case, without accents, so that "education" finds "Éducation". */
final class Search {

    private Search() {
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.CANADA_FRENCH), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
