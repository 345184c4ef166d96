package ca.concerto.domain.model.workbook;

import ca.concerto.domain.model.text.Folding;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a row sits in its plan, as the activities workbook's "Sous" column writes it and reads it back: the labels
 * of the elements above it, from the top ("AXE 1 › 1.1 › 1.1.1"), each its number, else its wording. One format
 * for the export that writes it and the import that reads it.
 */
public final class WorkbookPlace {

    private static final String STEP = " › ";
    /** "AXE 1 › 1.1" as the export writes it; "AXE 1 > 1.1" as a person may type it. */
    private static final Pattern STEP_AS_TYPED = Pattern.compile("\\s*[›>]\\s*");

    private WorkbookPlace() {
    }

    /** What names an element in a place: its number, else its wording. */
    public static String label(String number, String title) {
        return number != null && !number.isBlank() ? number.strip() : Objects.requireNonNullElse(title, "").strip();
    }

    /** The place of the given labels, from the top. */
    public static String of(List<String> labels) {
        return String.join(STEP, labels);
    }

    /** The place of an element named by its label under a place ("" for the top). */
    public static String under(String place, String label) {
        return place.isEmpty() ? label : place + STEP + label;
    }

    /** A place as compared: accents, case, spacing and the separator typed aside. */
    static String key(String place) {
        return String.join("›", STEP_AS_TYPED.splitAsStream(Folding.fold(place).strip().replaceAll("\\s+", " ")).toList());
    }
}
