package ca.concerto.domain.model.workbook;

import java.util.List;
import java.util.Map;

/**
 * An activities workbook that Concerto exported and a person edited: the plan and the body it is of, the
 * version of each element it held when exported (so that what changed in Concerto since shows as a conflict,
 * and a row deleted in Excel as a removal), and its rows as they are now.
 */
public record EditedWorkbook(String fileName, long planId, String body, Map<Long, Integer> exportedVersions,
        List<ActivityRow> rows) {

    public EditedWorkbook {
        exportedVersions = Map.copyOf(exportedVersions);
        rows = List.copyOf(rows);
    }
}
