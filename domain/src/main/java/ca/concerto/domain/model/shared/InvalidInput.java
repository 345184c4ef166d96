package ca.concerto.domain.model.shared;

import java.util.Optional;

/**
 * Input the domain refuses as it is (a missing title, 30 February, a level the template does not allow
 * there): never corrected silently, nothing changed. An {@link IllegalArgumentException}, since that is
 * what it is; the interfaces translate this type only, so a programming error stays a programming error.
 */
public class InvalidInput extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInput(String detail) {
        this(null, detail);
    }

    /** Input refused because of one field, named as the API names it (e.g. {@code percentComplete}). */
    public InvalidInput(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** @throws InvalidInput with the detail unless the condition holds */
    public static void require(boolean condition, String detail) {
        if (!condition) {
            throw new InvalidInput(detail);
        }
    }
}
