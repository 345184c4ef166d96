package ca.concerto.domain.model.shared;

/**
 * Input the domain refuses as it is (a missing title, 30 February, a level the template does not allow
 * there): never corrected silently, nothing changed. An {@link IllegalArgumentException}, since that is
 * what it is; the interfaces translate this type only, so a programming error stays a programming error.
 */
public class InvalidInput extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String detail) {
        super(detail);
    }

    /** @throws InvalidInput with the detail unless the condition holds */
    public static void require(boolean condition, String detail) {
        if (!condition) {
            throw new InvalidInput(detail);
        }
    }
}
