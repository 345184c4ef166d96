package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * A coordinator brings the Montérégie transitional plan in from Word through the API: the preview proposes its
 * sections and items, the mapping is changed and seen again, the commit makes the draft; a file that is no Word
 * document is refused, and partners import nothing.
 */
class ImportsIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORTS = Platform.URL + "/api/plans/imports";
    private final Api api = new Api();

    @Test
    void aWordPlanIsPreviewedRemappedAndCommittedAsADraft() throws IOException {
        String coordinator = api.token("coordination.monteregie");
        HttpResponse<String> received = api.upload(IMPORTS + "?template=transitional-plan&name=transitoire.docx", coordinator, DOCX,
                transitionalPlan());
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        JsonObject proposal = (JsonObject) Api.json(received);
        assertThat(proposal.getJsonObject("headings").getString("section")).isEqualTo("level:section");
        assertThat(proposal.getJsonObject("preview").getJsonArray("tree")).hasSize(2);
        assertThat(proposal.getJsonObject("preview").getJsonArray("sections").getJsonObject(0).getString("kind")).isEqualTo("INTRODUCTION");
        long id = proposal.getJsonNumber("id").longValue();

        HttpResponse<String> remapped = api.post(IMPORTS + "/" + id + "/preview", coordinator,
                "{\"template\":\"transitional-plan\",\"headings\":{\"section\":\"level:section\",\"style-1\":\"ignore\"}}");
        assertThat(remapped.statusCode()).as(remapped.body()).isEqualTo(200);
        assertThat(((JsonObject) Api.json(remapped)).getJsonObject("preview").getJsonArray("unplaced").toString()).contains("Contexte");

        HttpResponse<String> committed = api.post(IMPORTS + "/" + id + "/commit", coordinator,
                "{\"template\":\"transitional-plan\",\"title\":\"Planification transitoire importée\",\"period\":\"2021-2022\"}");
        assertThat(committed.statusCode()).as(committed.body()).isEqualTo(201);
        JsonObject plan = (JsonObject) Api.json(committed);
        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.getJsonArray("elements").getValuesAs(JsonObject.class)).extracting(element -> element.getString("title"))
                .containsExactly("PRÉPARER LA SUITE...", "SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT");
        assertThat(plan.getJsonArray("elements").getJsonObject(0).getString("description"))
                .contains("Compléter le comité exécutif.");
        assertThat(api.post(IMPORTS + "/" + id + "/commit", coordinator,
                "{\"template\":\"transitional-plan\",\"title\":\"Encore\",\"period\":\"2021-2022\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefusedAndPartnersImportNothing() throws IOException {
        HttpResponse<String> refused = api.upload(IMPORTS + "?name=plan.docx", api.token("coordination.monteregie"), DOCX,
                "ceci n'est pas un document".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("UNREADABLE_NOT_A_DOCUMENT", "\"field\":\"file\"");

        assertThat(api.upload(IMPORTS, api.token("partenaire.monteregie"), DOCX, transitionalPlan()).statusCode()).isEqualTo(403);

        HttpResponse<String> letter = api.upload(IMPORTS + "?name=lettre.docx", api.token("coordination.monteregie"), DOCX, letter());
        assertThat(letter.statusCode()).isEqualTo(400);
        assertThat(letter.body()).contains("UNREADABLE_NOTHING_RECOGNISED", "aucun intertitre");
    }

    /** The transitional plan as its Word document sets it: a context heading, then sections in bold with numbered items. */
    private static byte[] transitionalPlan() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "Contexte", "Heading1", false);
            paragraph(document, "À la lumière de cette année 2020-2021, l'instance propose une seconde planification allégée.", null, false);
            paragraph(document, "Section 1 : PRÉPARER LA SUITE...", null, true);
            paragraph(document, "Compléter le comité exécutif.", null, false);
            paragraph(document, "Section 2 : SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", null, true);
            paragraph(document, "Contribuer à faire connaître les impacts de la pandémie.", null, false);
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWorkbookOfTheBodysOwnColumnsBecomesANewPlanThroughTheSameMapping() throws IOException {
        String coordinator = api.token("coordination.monteregie");
        HttpResponse<String> received = api.upload(IMPORTS + "?template=annual-action-plan&name=actions.xlsx", coordinator, XLSX,
                ownWorkbook(new String[] {"Objectif", "Action", "Activités", "Échéancier", "Partenaires", "Notes internes"}));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        JsonObject proposal = (JsonObject) Api.json(received);
        assertThat(proposal.getJsonObject("columns").getString("Activités")).isEqualTo("level:activite");
        assertThat(proposal.getJsonObject("columns").getString("Partenaires")).isEqualTo("field:COLLABORATORS");
        assertThat(proposal.getJsonObject("columns").getString("Notes internes")).isEqualTo("ignore");
        long id = proposal.getJsonNumber("id").longValue();

        HttpResponse<String> committed = api.post(IMPORTS + "/" + id + "/commit", coordinator,
                "{\"template\":\"annual-action-plan\",\"title\":\"Plan tenu dans Excel\",\"period\":\"2026-2027\"}");
        assertThat(committed.statusCode()).as(committed.body()).isEqualTo(201);
        List<JsonObject> elements = ((JsonObject) Api.json(committed)).getJsonArray("elements").getValuesAs(JsonObject.class);
        assertThat(elements).extracting(element -> element.getString("level")).containsExactly("objectif", "action", "activite", "activite");
        assertThat(elements.get(2).getJsonArray("collaborators").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("AQCPÉ", "MF");
        assertThat(elements.get(3).getString("title")).isEqualTo("Présenter le cadre de référence.");

        HttpResponse<String> unknownColumns = api.upload(IMPORTS + "?name=budget.xlsx", coordinator, XLSX,
                ownWorkbook(new String[] {"Poste", "Montant", "Source", "Remarque", "Trimestre", "Code"}));
        assertThat(unknownColumns.statusCode()).isEqualTo(400);
        assertThat(unknownColumns.body()).contains("UNREADABLE_NO_COLUMN_RECOGNISED", "aucune colonne");
    }

    /** A body's own activity table in Excel: an objective and an action merged down the rows of their activities. */
    private static byte[] ownWorkbook(String[] headers) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan 2026-2027");
            String[][] rows = {headers,
                    {"Promouvoir les SGÉE", "Explorer les collaborations possibles", "Inviter l'AQCPÉ au CROC.", "Automne 2026", "AQCPÉ\nMF", "à voir"},
                    {"", "", "Présenter le cadre de référence.", "Hiver 2027", "", ""}};
            for (int at = 0; at < rows.length; at++) {
                Row row = sheet.createRow(at);
                for (int column = 0; column < rows[at].length; column++) {
                    row.createCell(column).setCellValue(rows[at][column]);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A letter, not a plan: body text only. */
    private static byte[] letter() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "Bonjour à toutes et à tous,", null, false);
            paragraph(document, "Voici quelques nouvelles de la concertation en petite enfance de notre région.", null, false);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument document, String text, String style, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        paragraph.getRuns().get(0).setBold(bold);
    }
}
