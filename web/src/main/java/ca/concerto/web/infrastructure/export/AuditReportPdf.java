package ca.concerto.web.infrastructure.export;

import ca.concerto.domain.application.history.HistoryService;
import ca.concerto.domain.application.history.PlanDiff;
import ca.concerto.domain.application.history.RevisionLine;
import ca.concerto.domain.application.plans.PlanOutline;
import ca.concerto.domain.model.audit.RevisionKind;
import ca.concerto.web.infrastructure.text.MessageBundle;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The audit report of one plan, as a PDF in the reader's language: its adoptions, its imports, every revision
 * since the last adoption (numbered within the plan), and what changed since then, element by element and field by
 * field, in words; the report's name and "Page x de y" on every page.
 */
public final class AuditReportPdf {

    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    private AuditReportPdf() {
    }

    public static void write(PlanOutline plan, List<RevisionLine> revisions, Optional<HistoryService.SinceAdoption> since,
            Locale locale, OutputStream out) {
        ResourceBundle messages = MessageBundle.in(locale);
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale);
        Document document = new Document(PageSize.LETTER, 40, 40, 44, 44);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfFrame(messages.getString("audit.report.title") + " — " + plan.title(), messages.getString("export.pageOf")));
        document.open();
        document.add(new Paragraph(messages.getString("audit.report.title"), PdfFonts.font(20, Font.BOLD, PdfFonts.HEADING)));
        document.add(new Paragraph(plan.title() + " — " + messages.getString("plan.edition") + " " + plan.edition(),
                PdfFonts.font(13, Font.NORMAL, Color.BLACK)));

        List<RevisionLine> inOrder = revisions.stream().sorted(java.util.Comparator.comparingLong(RevisionLine::number)).toList();

        heading(document, messages.getString("audit.report.adoptions"));
        List<RevisionLine> adoptions = inOrder.stream().filter(line -> line.kind() == RevisionKind.ADOPTION).toList();
        if (adoptions.isEmpty()) {
            text(document, messages.getString("history.neverAdopted"));
        }
        table(document, messages, moments, adoptions);
        List<RevisionLine> imports = inOrder.stream().filter(line -> line.kind() == RevisionKind.IMPORT).toList();
        if (!imports.isEmpty()) {
            heading(document, messages.getString("audit.report.imports"));
            table(document, messages, moments, imports);
        }

        long since0 = since.map(found -> found.adoption().revision()).orElse(0L);
        heading(document, messages.getString("audit.report.revisionsSince"));
        table(document, messages, moments, inOrder.stream().filter(line -> line.number() > since0).toList());

        heading(document, messages.getString("history.sinceAdoption"));
        if (since.isEmpty() || since.get().diff().isEmpty()) {
            text(document, messages.getString(since.isEmpty() ? "history.neverAdopted" : "history.noChange"));
        } else {
            PlanDiff diff = since.get().diff();
            for (PlanDiff.FieldChange change : diff.planChanges()) {
                text(document, field(messages, change));
            }
            for (PlanDiff.ElementChange change : diff.elementChanges()) {
                Paragraph element = new Paragraph(messages.getString("history.kind." + change.kind()) + " — " + change.label()
                        + " — " + change.title(), PdfFonts.font(10, Font.BOLD, Color.BLACK));
                element.setSpacingBefore(6);
                document.add(element);
                if (change.kind() == PlanDiff.Kind.MOVED) {
                    text(document, MessageFormat.format(messages.getString("audit.report.moved"),
                            nonNull(change.fromParent(), messages.getString("history.top")),
                            nonNull(change.toParent(), messages.getString("history.top"))));
                }
                for (PlanDiff.FieldChange field : change.fields()) {
                    text(document, field(messages, field));
                }
            }
        }
        document.close();
    }

    /** "Statut : « Adopté » → « Brouillon »" in French, 'Status: "Adopted" → "Draft"' in English: words, never codes. */
    private static String field(ResourceBundle messages, PlanDiff.FieldChange change) {
        return MessageFormat.format(messages.getString("audit.report.change"), messages.getString("history.field." + change.field()),
                value(messages, change.field(), change.before()), value(messages, change.field(), change.after()));
    }

    /** A value as a person reads it: a status by its name in the report's language, nothing as a dash. */
    private static String value(ResourceBundle messages, String field, String value) {
        if (value == null) {
            return "—";
        }
        return field.equals("status") && messages.containsKey("planStatus." + value) ? messages.getString("planStatus." + value) : value;
    }

    private static void table(Document document, ResourceBundle messages, DateTimeFormatter moments, List<RevisionLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {8, 8, 22, 18, 14, 30});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : List.of("history.revision", "plan.edition", "history.when", "history.author", "history.kind",
                "history.comment")) {
            PdfPCell cell = new PdfPCell(new Phrase(messages.getString(column), PdfFonts.font(8, Font.BOLD, Color.BLACK)));
            cell.setBackgroundColor(new Color(0xDC, 0xE6, 0xF1));
            table.addCell(cell);
        }
        for (RevisionLine line : lines) {
            for (String value : List.of(String.valueOf(line.ordinal()), String.valueOf(line.edition()),
                    moments.format(line.recordedAt().atZone(QUEBEC)), line.author(),
                    messages.getString("revisionKind." + line.kind().name()), line.comment())) {
                table.addCell(new Phrase(value, PdfFonts.font(8, Font.NORMAL, Color.BLACK)));
            }
        }
        document.add(table);
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, PdfFonts.font(14, Font.BOLD, PdfFonts.HEADING));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static void text(Document document, String text) {
        document.add(new Paragraph(text, PdfFonts.font(9, Font.NORMAL, Color.BLACK)));
    }

    private static String nonNull(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
