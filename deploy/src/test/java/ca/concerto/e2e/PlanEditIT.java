package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Coordinators change a draft plan; concurrent changes are shown, never lost. */
class PlanEditIT extends BrowserTest {

    private static final String DRAFT_PLAN = "Panification année transitoire 2021-2022";

    private Browser other;

    @Override
    protected void screenshotOthersOnFailure(String name) {
        if (other != null) {
            other.screenshot(name + "-other");
        }
    }

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aCoordinatorChangesAnElementWithACommentAndSeesTheScheduleRead() {
        openDraftPlan(browser, "coordination.monteregie");
        String element = firstEditableElement(browser);
        String title = "Compléter le comité exécutif — " + unique();

        openEditor(browser, element);
        replace(browser, "editor:title", title);
        replace(browser, "editor:schedule", "Printemps 2019");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.id("editor:scheduleReading"), "Période : 2019-03-20 → 2019-06-20"));
        replace(browser, "editor:comment", "Précision demandée par le comité exécutif");
        browser.screenshot("10-plan-edit");
        browser.click(By.id("editor:save"));

        waitForTitle(browser, element, title);
        assertThat(browser.text(By.id("messages"))).contains("Modification enregistrée.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the panel closes on save")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".editor-panel")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the keyboard back on the row's button")
                .until(driver -> element.equals(driver.switchTo().activeElement().getAttribute("data-edit")));
        assertThat(browser.text(By.xpath("//span[@data-element='" + element + "']/ancestor::tr"))).contains("Printemps 2019");
    }

    @Test
    void aTitleLeftEmptyIsSaidOnceNextToItsFieldAndNothingIsSaved() {
        openDraftPlan(browser, "coordination.monteregie");
        String element = firstEditableElement(browser);
        String before = browser.text(By.cssSelector("[data-element='" + element + "']"));

        openEditor(browser, element);
        replace(browser, "editor:title", "");
        browser.click(By.id("editor:save"));

        browser.waitForText(By.id("editor"), "Le libellé est obligatoire.");
        String panel = browser.text(By.id("editor"));
        assertThat(panel.indexOf("Le libellé est obligatoire.")).as("said once")
                .isEqualTo(panel.lastIndexOf("Le libellé est obligatoire."));
        assertThat(browser.find(By.id("editor:title")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.click(By.id("editor:cancel"));
        assertThat(browser.text(By.cssSelector("[data-element='" + element + "']"))).isEqualTo(before);
    }

    @Test
    void aDialogIsNamedKeepsTheKeyboardInsideAndGivesItBackToWhatOpenedIt() {
        openDraftPlan(browser, "coordination.monteregie");
        WebElement opener = browser.find(By.id("plan:addTop"));
        opener.sendKeys(Keys.ENTER);
        WebElement dialog = browser.find(By.cssSelector(".ui-dialog[aria-hidden='false']"));
        browser.find(By.id("addition:title"));
        String name = browser.text(By.id(dialog.getAttribute("aria-labelledby")));
        assertThat(name).isEqualTo("Nouvel élément");

        for (int press = 0; press < 12; press++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(dialog.findElements(By.cssSelector(":focus"))).as("Tab %d stays in the dialog", press + 1).hasSize(1);
        }
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the keyboard back on the button that opened it")
                .until(driver -> "plan:addTop".equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void theKeyboardCrossesARowInThreePressesAndMovesAlongItsStructureButtonsWithArrows() {
        openDraftPlan(browser, "coordination.monteregie");
        List<WebElement> editButtons = browser.driver().findElements(By.cssSelector("[data-edit]"));
        String fifth = editButtons.get(4).getAttribute("data-edit");
        browser.find(By.id("plan:search")).click();

        int presses = 0;
        while (!fifth.equals(browser.driver().switchTo().activeElement().getAttribute("data-edit")) && presses < 80) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            presses++;
        }
        // The filters and the table's buttons, then a toggle, "Modifier" and one structure toolbar per row: 22 here,
        // where every structure button was a Tab stop of its own (50 presses).
        assertThat(presses).as("Tab presses from the search field to the fifth row's Modifier").isLessThanOrEqualTo(24);

        WebElement toolbar = browser.find(By.cssSelector("[data-add-under='" + fifth + "'], [data-move-up='" + fifth + "']"))
                .findElement(By.xpath("ancestor::*[@role='toolbar']"));
        assertThat(toolbar.getAttribute("aria-label")).startsWith("Structure : ");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement first = browser.driver().switchTo().activeElement();
        assertThat(toolbar.findElements(By.cssSelector(":focus"))).as("Tab enters the row's toolbar").hasSize(1);
        first.sendKeys(Keys.ARROW_RIGHT);
        WebElement second = browser.driver().switchTo().activeElement();
        assertThat(second).isNotEqualTo(first);
        assertThat(toolbar.findElements(By.cssSelector(":focus"))).hasSize(1);
        second.sendKeys(Keys.ARROW_LEFT);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(first);
    }

    @Test
    void theKeyboardOpensTheEditPanelAndEscapeClosesItBackOnTheRow() {
        openDraftPlan(browser, "coordination.monteregie");
        String element = firstEditableElement(browser);
        browser.find(By.cssSelector("[data-edit='" + element + "']")).sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the panel opens, its first field focused")
                .until(driver -> "editor:title".equals(driver.switchTo().activeElement().getAttribute("id")));
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("Escape closes the panel")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".editor-panel")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the keyboard back on the row's button")
                .until(driver -> element.equals(driver.switchTo().activeElement().getAttribute("data-edit")));
    }

    @Test
    void aLeadNotYetAmongTheOrganisationsIsAddedOnTheSpotAndLinked() {
        openDraftPlan(browser, "coordination.monteregie");
        String element = firstEditableElement(browser);
        String lead = "Table de concertation du Haut-Richelieu " + unique();

        openEditor(browser, element);
        replace(browser, "editor:lead_input", lead);
        browser.find(By.id("editor:title")).click();
        browser.click(By.id("editor:addLeadOrganisation"));
        browser.waitForText(By.id("editor:editorMessages"), "Organisation ajoutée.");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.xpath("//span[@data-element='" + element + "']/ancestor::tr"), lead);

        browser.open("/organisations.xhtml");
        assertThat(browser.text(By.id("organisations:list"))).contains(lead);
    }

    @Test
    void whenTwoPeopleChangeTheSameElementTheSecondSeesBothVersionsAndLosesNothing() {
        openDraftPlan(browser, "coordination.monteregie");
        other = new Browser();
        openDraftPlan(other, "coordination.monteregie");
        String element = firstEditableElement(browser);
        String first = "Version de la première session " + unique();
        String second = "Version de la seconde session " + unique();

        openEditor(browser, element);
        openEditor(other, element);
        replace(browser, "editor:title", first);
        browser.click(By.id("editor:save"));
        waitForTitle(browser, element, first);

        replace(other, "editor:title", second);
        other.click(By.id("editor:save"));

        assertThat(other.text(By.id("editor:conflict"))).contains("Quelqu'un a modifié cet élément");
        new WebDriverWait(other.driver(), Duration.ofSeconds(10)).withMessage("the warning in view, the keyboard on it")
                .until(driver -> "editor:conflict".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(other.text(By.id("saved-title"))).isEqualTo(first);
        assertThat(other.text(By.id("my-title"))).isEqualTo(second);
        assertThat(other.find(By.id("editor:title")).getAttribute("value")).isEqualTo(second);
        other.screenshot("11-plan-edit-conflict");

        other.click(By.id("editor:keepMine"));
        waitForTitle(other, element, second);
    }

    @Test
    void partnersAndAdoptedPlansHaveNoEditButton() {
        openDraftPlan(browser, "partenaire.monteregie");
        assertThat(browser.driver().findElements(By.cssSelector("[data-edit]"))).isEmpty();

        browser.logOut();
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.linkText("Plan d'action annuel 2018-2019"));
        browser.find(By.id("plan:tree"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-edit]"))).isEmpty();
    }

    @Test
    void aRowCommandNamingNoElementOfThePlanIsRefusedInWordsAndOpensNothing() {
        openDraftPlan(browser, "coordination.monteregie");

        // The rows' buttons send their element's number; a forged one (another body's, none, words) is not found.
        for (String forged : List.of("987654321", "douze", "-1")) {
            browser.driver().executeScript("concertoEdit([{name: 'element', value: arguments[0]}])", forged);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(forged)
                    .until(driver -> browser.text(By.id("messages")).contains("Introuvable dans cet organisme : rien n'a été modifié."));
            assertThat(browser.driver().findElements(By.id("editor:title"))).as(forged).noneMatch(WebElement::isDisplayed);
            browser.driver().executeScript("document.getElementById('messages').innerHTML = ''");
        }
        assertThat(browser.text(By.id("plan-title"))).isEqualTo(DRAFT_PLAN);
    }

    private static void openDraftPlan(Browser in, String username) {
        in.open("/");
        in.logIn(username);
        in.click(By.linkText(DRAFT_PLAN));
        in.find(By.id("plan:tree"));
    }

    /** The first item of the plan's first section. */
    private static String firstEditableElement(Browser in) {
        return in.find(By.cssSelector("tr.item-row .element-title")).getAttribute("data-element");
    }

    private static void openEditor(Browser in, String element) {
        in.click(By.cssSelector("[data-edit='" + element + "']"));
        new WebDriverWait(in.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:title")));
    }

    private static void replace(Browser in, String id, String text) {
        WebElement field = in.find(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static void waitForTitle(Browser in, String element, String title) {
        new WebDriverWait(in.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-element='" + element + "']"), title));
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    }
}
