package ca.concerto.domain.model.document;

/** So many files are being read at once that this one's turn did not come in time: try again in a moment. */
public class ImportsBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportsBusy(String detail) {
        super(detail);
    }
}
