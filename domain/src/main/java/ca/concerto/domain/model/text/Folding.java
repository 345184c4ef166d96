package ca.concerto.domain.model.text;

import java.text.Normalizer;
import java.util.Locale;

/** Text as searches compare it: accents and case aside, so that "education" finds "Éducation". */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text.toLowerCase(Locale.CANADA_FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
