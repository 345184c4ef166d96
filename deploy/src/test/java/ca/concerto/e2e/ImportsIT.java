package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
