package ca.concerto.domain.model.workbook;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of an activities workbook as the person left it: its line in the sheet, the element it stands for
 * (none for a row they added), where it sits ("AXE 1 › 1.1 › 1.1.1"), its level's name, and its fields' cells.
 */
public record ActivityRow(int line, Long reference, String path, String level, Map<ActivityColumn, String> cells) {

    public ActivityRow {
        Map<ActivityColumn, String> normalised = new EnumMap<>(ActivityColumn.class);
        for (ActivityColumn column : ActivityColumn.FIELDS) {
            normalised.put(column, column.normalised(cells.get(column)));
        }
        cells = Map.copyOf(normalised);
        path = path == null ? "" : path.strip();
        level = level == null ? "" : level.strip();
    }

    /** The field's cell, normalised as the element would hold it ("" when empty). */
    public String cell(ActivityColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** A row with nothing written in it: Excel leaves such rows behind deletions and is not an addition. */
    public boolean isBlank() {
        return reference == null && path.isEmpty() && level.isEmpty() && cells.values().stream().allMatch(String::isEmpty);
    }
}
