package ca.concerto.domain.model.workbook;

/** Reads an activities workbook that Concerto exported, as the person edited it. */
public interface ActivitiesWorkbookReader {

    /**
     * @throws ca.concerto.domain.model.document.UnreadableDocument when the file is no workbook, beyond the limits,
     *         or not an activities workbook exported by Concerto
     */
    EditedWorkbook read(String fileName, byte[] content);
}
