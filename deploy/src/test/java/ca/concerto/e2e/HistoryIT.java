package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An auditor reads a plan's history: its revisions, a comparison of two of them, the changes since the
 * adoption, and their own reads in the log; they can change nothing.
 */
class HistoryIT extends BrowserTest {

    private final Api api = new Api();
    private String coordinator;

    @Test
    void theDemoPlansHistoryTellsTheImportThenTheCoordinationsAcceptanceOfTheSuggestedFieldsThenTheAdoption() {
        long plan = api.planId(api.token("verification.monteregie"), "Plan d'action annuel 2018-2019");
        browser.open("/");
        browser.logIn("verification.monteregie");
        browser.open("/history.xhtml?id=" + plan);
        String revisions = browser.text(By.id("history:revisions"));
        assertThat(revisions).contains("Importé des documents", "coordination (démo)",
                "Champs d'action suggérés par Concerto d'après les mots des plans", "Adopté le 2018-05-24");
        assertThat(revisions.indexOf("Importé des documents")).isLessThan(revisions.indexOf("coordination (démo)"));
        assertThat(revisions.indexOf("coordination (démo)")).isLessThan(revisions.indexOf("Adopté le 2018-05-24"));
        assertThat(browser.driver().findElements(By.cssSelector("[id='history:revisions'] tbody tr td:first-child")))
                .extracting(cell -> cell.getText().strip()).as("numbered within the plan").containsExactly("1", "2", "3");

        browser.click(By.xpath("//button[@title='Voir le plan à cette révision 1']"));
        String snapshot = browser.waitForText(By.id("history:snapshot"), "Réaliser la journée de partage.");
        assertThat(snapshot).as("the plan as of its import, every column").contains("Collaborateurs", "Indicateurs de résultats",
                "Groupes cibles", "Résultats attendus", "Fédération québécoise des organismes communautaires Famille (FQOCF)",
                "Nombre et type de collaborations.");
        assertThat(browser.text(By.id("snapshot-title"))).startsWith("Plan tel qu'il était à la révision 1 —");
    }

    @Test
    void anAuditorSeesExactlyWhatChangedSinceTheAdoptionAndTheirReadsAreLogged() throws java.io.IOException {
        coordinator = api.token("coordination.monteregie");
        String title = "Plan audité " + System.nanoTime();
        long plan = Api.id(api.post(Platform.URL + "/api/plans", coordinator, """
                {"template":"transitional-plan","title":"%s","period":"2021-2022","start":"2021-04-01","end":"2022-03-31"}"""
                .formatted(title)), 201);
        long section = Api.id(api.post(elements(plan), coordinator, "{\"level\":\"section\",\"title\":\"PRÉPARER LA SUITE\"}"), 201);
        Api.id(api.post(elements(plan), coordinator, "{\"parentId\":" + section + ",\"level\":\"item\",\"title\":\"Compléter le comité exécutif.\",\"schedule\":\"Automne 2021\"}"), 201);
        assertThat(api.post(Platform.URL + "/api/plans/" + plan + "/adoption", coordinator,
                "{\"on\":\"2021-06-10\",\"by\":\"Comité régional Opération Colibri\"}").statusCode()).isEqualTo(200);
        long draft = Api.id(api.post(Platform.URL + "/api/plans/" + plan + "/versions", coordinator, ""), 201);
        JsonObject item = api.elements(coordinator, draft).get(1);
        HttpResponse<String> edited = api.put(elements(draft) + "/" + item.getJsonNumber("id").longValue(), coordinator,
                "{\"fromVersion\":0,\"title\":\"Compléter et renouveler le comité exécutif.\",\"schedule\":\"Hiver 2022\",\"comment\":\"Renouvellement\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        String auditor = api.token("verification.monteregie");
        HttpResponse<String> refused = api.put(elements(draft) + "/" + item.getJsonNumber("id").longValue(), auditor,
                "{\"fromVersion\":1,\"title\":\"Réécrit par le vérificateur\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("READ_ONLY_ROLE");

        browser.open("/");
        browser.logIn("verification.monteregie");
        browser.open("/plan.xhtml?id=" + draft);
        browser.click(By.id("lifecycle:history"));
        assertThat(browser.text(By.id("history:revisions"))).contains("Renouvellement", "Adoption", "Camille Tremblay").as("authors by name").doesNotContain("coordination.monteregie");
        browser.click(By.id("history:sinceAdoption"));

        String diff = browser.waitForText(By.id("history:diff"), "Changements depuis l’adoption du 10 juin 2021");
        assertThat(diff).contains("Modifié", "Compléter et renouveler le comité exécutif.", "Compléter le comité exécutif.",
                "Automne 2021", "Hiver 2022", "Statut").doesNotContain("PRÉPARER LA SUITE", "Ajouté", "Retiré");
        browser.screenshot("60-history-since-adoption");
        browser.open("/history.xhtml?id=" + draft);
        assertThat(browser.text(By.id("history:reads"))).as("in the page's words")
                .contains("verification.monteregie (Vérification)", "Changements depuis l'adoption", "Historique des révisions")
                .doesNotContain("timeline", "auditor", "since adoption");

        HttpResponse<byte[]> report = api.download(Platform.URL + "/api/plans/" + draft + "/audit-report.pdf", auditor);
        assertThat(report.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(report.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Rapport de vérification", title, "Adoptions", "Adoption", "Renouvellement",
                    "Modifié", "« Compléter le comité exécutif. » → « Compléter et renouveler le comité exécutif. »",
                    "« Automne 2021 » → « Hiver 2022 »", "Statut : « Adopté » → « Brouillon »", "Page 1 de ")
                    .doesNotContain("ADOPTED", "DRAFT");
        }
        HttpResponse<byte[]> english = api.download(Platform.URL + "/api/plans/" + draft + "/audit-report.pdf?lang=en", auditor);
        try (PDDocument document = Loader.loadPDF(english.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Audit report", "Status: “Adopted” → “Draft”", "Page 1 of ").doesNotContain("« ");
        }
        assertThat(api.download(Platform.URL + "/api/plans/" + draft + "/audit-report.pdf", api.token("partenaire.monteregie"))
                .statusCode()).isEqualTo(403);
    }

    private static String elements(long plan) {
        return Platform.URL + "/api/plans/" + plan + "/elements";
    }

}
