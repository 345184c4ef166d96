package ca.concerto.web.infrastructure.export;

import java.io.IOException;
import java.util.List;

/**
 * What a plan document is made of, whatever its format: a title page, the plan's statements, headings
 * per axis, orientation and objective, and under them the table of actions and activities. The layout
 * ({@link PlanDocumentLayout}) decides what goes where; a writer only knows how to put it on the page.
 */
interface PlanDocumentWriter {

    /**
     * What every page carries: a running head (the body, the plan, its version) and the page's number among all
     * ({@code pageOf}: "Page {0} de {1}"); {@code contents}: the name of the table of contents, where the format has one.
     */
    void frame(String runningHead, String pageOf, String contents) throws IOException;

    void titlePage(String title, String subtitle, List<String> facts) throws IOException;

    /** A part of the plan's text: a heading (null: none) and a text (null: a heading alone). */
    void statement(String heading, String text) throws IOException;

    /** A heading of the plan's tree; depth 0 for the top level (an axis). */
    void heading(int depth, String label, String title, String description) throws IOException;

    /** The table of actions and activities under the last heading; the first row holds the column names. */
    void table(List<String> columns, List<TableRow> rows) throws IOException;

    void finish() throws IOException;

    /** One action or activity; an activity sits under its action, indented. */
    record TableRow(boolean nested, List<String> cells) {
    }
}
