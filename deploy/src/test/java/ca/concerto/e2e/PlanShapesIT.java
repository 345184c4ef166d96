package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

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
        type("newTemplate:newNameFr", template);
        type("newTemplate:newNameEn", "Strategic plan " + template.substring(17));
        type("newTemplate:newKindFr", "Plan stratégique");
        type("newTemplate:newKindEn", "Strategic plan");
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
        type("newPlan:title", title);
        type("newPlan:periodLabel", "2026-2031");
        browser.click(By.id("newPlan:create"));
        browser.find(By.id("plan:tree"));
        assertThat(browser.text(By.cssSelector(".plan-facts"))).startsWith("Plan stratégique · 2026-2031");
        String issue = add(null, "Enjeu", "La réussite éducative des tout-petits");
        String target = add(issue, "Cible", "Les familles isolées");
        String means = add(target, "Moyen d'action", "Des haltes-garderies communautaires");

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
        type("sectionForm:text", "Que chaque enfant de la région ait les mêmes chances.");
        browser.click(By.id("sectionForm:saveSection"));
        browser.waitForText(By.id("sections"), "Que chaque enfant");
        browser.choose("sectionForm:kind", "Crédits et remerciements");
        type("sectionForm:title", "Remerciements");
        type("sectionForm:text", "Merci aux partenaires du comité.");
        browser.click(By.id("sectionForm:saveSection"));
        assertThat(browser.waitForText(By.id("sectionList"), "Remerciements")).contains("Vision", "Remerciements");

        browser.choose("milestoneForm:milestoneKind", "Déposé");
        type("milestoneForm:milestoneOn_input", "2026-02-30");
        type("milestoneForm:counterpart", "Ministère de la Famille");
        browser.click(By.id("milestoneForm:recordMilestone"));
        assertThat(browser.waitForText(By.id("milestoneForm"), "2026-02-30")).contains("2026-02-30");
        assertThat(browser.text(By.id("milestones"))).contains("Aucun jalon");
        type("milestoneForm:milestoneOn_input", "2026-06-30");
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
        type("membersForm:fullName", "Julie Roy " + plan);
        type("membersForm:memberTitle", "Directrice générale");
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
    }

    private void addLevel(String parent, String nameFr, String nameEn, String... fields) {
        if (parent != null) {
            browser.choose("templates:newLevelParent", parent);
        }
        for (String field : fields) {
            browser.click(By.xpath("//*[@id='templates:levelFields']//label[text()=\"" + field + "\"]"));
        }
        type("templates:levelFr", nameFr);
        type("templates:levelEn", nameEn);
        browser.click(By.id("templates:saveLevel"));
        browser.waitForText(By.id("templates:levels"), nameFr);
    }

    /** Adds an element under another (null: at the top) at the only level offered there; returns its number. */
    private String add(String parent, String level, String title) {
        browser.click(parent == null ? By.id("plan:addTop") : By.cssSelector("[data-add-under='" + parent + "']"));
        browser.find(By.id("addition:title"));
        assertThat(browser.text(By.id("addition:level_label"))).isEqualTo(level);
        type("addition:title", title);
        browser.click(By.id("addition:confirmAdd"));
        return browser.find(By.xpath("//span[@class='element-title' and text()=\"" + title + "\"]")).getAttribute("data-element");
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }
}
