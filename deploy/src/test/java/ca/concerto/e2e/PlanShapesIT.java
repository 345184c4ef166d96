package ca.concerto.e2e;

import static ca.concerto.e2e.PlanPageSteps.add;
import static ca.concerto.e2e.PlanPageSteps.type;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A plan of a shape the product was never shown: a platform administrator authors a "Plan stratégique"
 * template with three levels of their own naming; a coordinator writes a plan with it, its vision and
 * credits, records that it was filed with the ministry (it stays an editable draft), and adds a committee
 * member; the Word document has all of it.
 */
class PlanShapesIT extends BrowserTest {

    private final Api api = new Api();

    @Test
    void aStrategicPlanFromATemplateTheAdministratorAuthoredWithItsSectionsAndAFilingMilestone() throws IOException {
        String template = "Plan stratégique " + System.nanoTime();
        browser.open("/");
        browser.logIn("admin.plateforme");
        browser.click(By.id("templates-link"));
        type(browser, "newTemplate:newNameFr", template);
        type(browser, "newTemplate:newNameEn", "Strategic plan " + template.substring(17));
        type(browser, "newTemplate:newKindFr", "Plan stratégique");
        type(browser, "newTemplate:newKindEn", "Strategic plan");
        browser.click(By.id("newTemplate:createTemplate"));
        browser.waitForText(By.id("messages"), "Modèle créé.");
        addLevel(null, "Enjeu", "Issue");
        addLevel("Enjeu", "Cible", "Target");
        addLevel("Cible", "Moyen d'action", "Means", "Échéancier", "Porteur");
        assertThat(browser.text(By.id("templates:levels"))).contains("enjeu", "cible", "moyen-d-action");
        browser.screenshot("91-template-authored");
        browser.open("/");
        browser.logOut();

        browser.open("/");
        browser.logIn("coordination.capitale");
        String title = "Plan stratégique 2026-2031 — " + System.nanoTime();
        browser.click(By.id("newPlanButton"));
        browser.choose("newPlan:template", template);
        type(browser, "newPlan:title", title);
        type(browser, "newPlan:periodLabel", "2026-2031");
        browser.click(By.id("newPlan:create"));
        browser.find(By.id("plan:tree"));
        assertThat(browser.text(By.cssSelector(".plan-facts"))).startsWith("Plan stratégique · 2026-2031");
        String issue = add(browser, null, "Enjeu", "La réussite éducative des tout-petits", null);
        String target = add(browser, issue, "Cible", "Les familles isolées", null);
        String means = add(browser, target, "Moyen d'action", "Des haltes-garderies communautaires", null);

        // The editor offers the fields each level carries, and those only.
        browser.click(By.cssSelector("[data-edit='" + means + "']"));
        browser.find(By.id("editor:title"));
        assertThat(browser.driver().findElements(By.id("editor:schedule"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.id("editor:lead_input"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.id("editor:description"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("editor:targetGroups"))).isEmpty();
        browser.driver().get(browser.url());
        browser.find(By.id("plan:tree"));

        browser.choose("sectionForm:kind", "Vision");
        type(browser, "sectionForm:text", "Que chaque enfant de la région ait les mêmes chances.");
        browser.click(By.id("sectionForm:saveSection"));
        browser.waitForText(By.id("sections"), "Que chaque enfant");
        browser.choose("sectionForm:kind", "Crédits et remerciements");
        type(browser, "sectionForm:title", "Remerciements");
        type(browser, "sectionForm:text", "Merci aux partenaires du comité.");
        browser.click(By.id("sectionForm:saveSection"));
        assertThat(browser.waitForText(By.id("sectionList"), "Remerciements")).contains("Vision", "Remerciements");

        browser.choose("milestoneForm:milestoneKind", "Déposé");
        type(browser, "milestoneForm:milestoneOn_input", "2026-02-30");
        type(browser, "milestoneForm:counterpart", "Ministère de la Famille");
        browser.click(By.id("milestoneForm:recordMilestone"));
        assertThat(browser.waitForText(By.id("milestoneForm"), "2026-02-30")).contains("2026-02-30");
        assertThat(browser.text(By.id("milestones"))).contains("Aucun jalon");
        type(browser, "milestoneForm:milestoneOn_input", "2026-06-30");
        browser.click(By.id("milestoneForm:recordMilestone"));
        assertThat(browser.waitForText(By.id("milestone-banner"), "Déposé le 30 juin 2026 — Ministère de la Famille"))
                .contains("Déposé le 30 juin 2026 — Ministère de la Famille");
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Brouillon");
        assertThat(browser.driver().findElements(By.cssSelector("[data-add-under='" + issue + "']"))).isNotEmpty();
        browser.screenshot("92-strategic-plan");

        String token = api.token("coordination.capitale");
        long plan = api.planId(token, title);
        JsonObject read = (JsonObject) Api.json(api.get(Platform.URL + "/api/plans/" + plan, token));
        assertThat(read.getJsonObject("kind").getString("en")).isEqualTo("Strategic plan");
        assertThat(read.getJsonArray("sections").getValuesAs(JsonObject.class)).extracting(section -> section.getString("kind"))
                .containsExactly("VISION", "CREDITS");
        assertThat(read.getJsonArray("milestones").getJsonObject(0).getString("on")).isEqualTo("2026-06-30");
        assertThat(read.getString("status")).isEqualTo("DRAFT");

        browser.open("/organisations.xhtml");
        type(browser, "membersForm:fullName", "Julie Roy " + plan);
        type(browser, "membersForm:memberTitle", "Directrice générale");
        browser.click(By.xpath("//label[contains(., 'Comité exécutif')]"));
        browser.click(By.id("membersForm:saveMember"));
        browser.waitForText(By.id("membersForm:members"), "Julie Roy " + plan);
        assertThat(api.get(Platform.URL + "/api/members", token).body()).contains("Julie Roy " + plan, "EXECUTIVE_COMMITTEE");

        HttpResponse<byte[]> docx = api.download(Platform.URL + "/api/plans/" + plan + "/plan.docx", token);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains(title, "Plan stratégique", "Déposé le 30 juin 2026 — Ministère de la Famille",
                    "Vision", "Que chaque enfant de la région ait les mêmes chances.", "Remerciements",
                    "Merci aux partenaires du comité.", "Membres du comité exécutif");
            assertThat(String.join("\n", paragraphs)).contains("Julie Roy " + plan + ", Directrice générale");
        }
        HttpResponse<byte[]> pdf = api.download(Platform.URL + "/api/plans/" + plan + "/plan.pdf", token);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Plan stratégique",
                    "Déposé le 30 juin 2026 — Ministère de la Famille", "Que chaque enfant de la région ait les mêmes chances.",
                    "Remerciements", "Membres du comité exécutif", "Julie Roy " + plan);
        }
    }

    private void addLevel(String parent, String nameFr, String nameEn, String... fields) {
        if (parent != null) {
            browser.choose("templates:newLevelParent", parent);
        }
        for (String field : fields) {
            browser.click(By.xpath("//*[@id='templates:levelFields']//label[text()=\"" + field + "\"]"));
        }
        type(browser, "templates:levelFr", nameFr);
        type(browser, "templates:levelEn", nameEn);
        browser.click(By.id("templates:saveLevel"));
        browser.waitForText(By.id("templates:levels"), nameFr);
    }


}
