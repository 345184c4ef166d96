package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan page reads like the document at a laptop's, a small laptop's and a phone's width: every word of the
 * table whole on one line and inside its cell, the header in view while the plan scrolls, an outline to jump
 * from, cards on a phone, and only the plan's words on paper.
 */
class PlanLayoutIT extends BrowserTest {

    private static final String ANNUAL_PLAN = "Plan d'action annuel 2018-2019";

    /**
     * Every word of the table's cells and headers, measured as the browser lays it out: a word whose letters sit
     * on two lines is cut; a word that reaches past its cell's edge overlaps the next one. Returns them. A
     * compound's line break after its hyphen ("tout-" / "petits") is the documents' own and counts as two words.
     */
    private static final String CUT_OR_OVERFLOWING_WORDS = """
            const found = [];
            const cells = document.querySelectorAll('[id="plan:tree"] th, [id="plan:tree"] td');
            for (const cell of cells) {
              if (cell.offsetParent === null) continue;
              const box = cell.getBoundingClientRect();
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.parentElement.offsetParent === null) continue;
                const text = node.textContent;
                const words = /[^\\s-]+-?/g;
                for (let match = words.exec(text); match; match = words.exec(text)) {
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                  const word = range.getBoundingClientRect();
                  if (lines.size > 1) {
                    found.push('cut: ' + match[0]);
                  } else if (word.right > box.right + 1 || word.left < box.left - 1) {
                    found.push('past its cell: ' + match[0]);
                  }
                }
              }
            }
            return found;
            """;

    @Test
    void atALaptopsWidthNoWordIsCutAndTheHeaderStaysInViewWhileThePlanScrolls() {
        openAnnualPlan(1400, 900);

        assertThat(cutOrOverflowingWords()).isEmpty();
        assertThat(pageOverflowsSideways()).isFalse();
        assertThat(headers()).containsExactly("Élément du plan", "Suivi", "Échéancier", "Porteur", "Collaborateurs",
                "Indicateurs de résultats", "Groupes cibles", "Résultats attendus");
        browser.screenshot("60-plan-1400");

        browser.driver().executeScript("window.scrollTo(0, document.body.scrollHeight / 2)");
        Number headerTop = (Number) browser.driver().executeScript(
                "return document.querySelector('[id=\"plan:tree\"] thead th').getBoundingClientRect().top");
        assertThat(headerTop.doubleValue()).isBetween(-1.0, 1.0);
        browser.screenshot("61-plan-1400-scrolled");
    }

    @Test
    void atASmallLaptopsWidthNoWordIsCutAndNothingSpillsSideways() {
        openAnnualPlan(1024, 768);

        assertThat(cutOrOverflowingWords()).isEmpty();
        assertThat(pageOverflowsSideways()).isFalse();
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe-core, at 1024 px").isEmpty();
        browser.screenshot("62-plan-1024");
    }

    @Test
    void onAPhoneEachRowIsACardWithItsFieldsNamed() {
        openAnnualPlan(390, 844);

        assertThat(cutOrOverflowingWords()).isEmpty();
        assertThat(pageOverflowsSideways()).isFalse();
        WebElement sharingDay = browser.find(By.xpath(
                "//span[@class='element-title' and normalize-space()='Réaliser la journée de partage.']/ancestor::tr"));
        // One cell under the other, each as wide as the card, each filled field under its name.
        List<WebElement> cells = sharingDay.findElements(By.tagName("td")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(cells).hasSizeGreaterThan(2);
        assertThat(cells.get(1).getLocation().getY()).isGreaterThan(cells.get(0).getLocation().getY());
        assertThat(cells.get(1).getSize().getWidth()).isEqualTo(cells.get(0).getSize().getWidth());
        assertThat(sharingDay.getText()).contains("Échéancier\n10 octobre 2018");
        assertThat(browser.driver().findElement(By.cssSelector("[id='plan:tree'] thead")).isDisplayed()).isFalse();
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe-core, on a phone").isEmpty();
        browser.screenshot("63-plan-390");
    }

    @Test
    void onAWideScreenTheOutlineStandsBesideThePlanAndShowsTheProgressOfEachBranch() {
        // The same report ExportIT makes, whichever runs first: the sharing day held, its branches have a progress.
        Api api = new Api();
        String coordinator = api.token("coordination.monteregie");
        long plan = api.planId(coordinator, ANNUAL_PLAN);
        api.reportSharingDayHeld(coordinator, plan);
        openAnnualPlan(1700, 1000);

        WebElement outline = browser.find(By.id("outline"));
        assertThat(outline.getAttribute("open")).isNotNull();
        assertThat(outline.getLocation().getX() + outline.getSize().getWidth())
                .isLessThan(browser.find(By.id("plan:tree")).getLocation().getX());
        assertThat(outline.getText()).contains("Sommaire du plan", "AXE 1", "ORIENTATION 1.1", "1.1.1. OBJECTIF");
        // Each branch tells how far its work has come, or that nothing under it was reported.
        List<String> progress = browser.driver().findElements(By.cssSelector("#outline .outline-progress")).stream()
                .map(WebElement::getText).toList();
        assertThat(progress).isNotEmpty().allMatch(text -> text.matches("\\d+ %|aucun suivi"));
        assertThat(progress).anyMatch(text -> text.endsWith("%"));
        assertThat(cutOrOverflowingWords()).isEmpty();
        browser.screenshot("64-plan-1700-outline");
    }

    @Test
    void onASmallLaptopTheFoldedOutlineOpensAndJumpsToAnOrientationFromTheKeyboard() {
        openAnnualPlan(1024, 768);

        WebElement outline = browser.find(By.id("outline"));
        assertThat(outline.getAttribute("open")).isNull();
        WebElement summary = browser.find(By.id("outline-heading"));
        summary.sendKeys(Keys.ENTER);
        WebElement link = browser.find(By.xpath("//*[@id='outline']//a[contains(., 'ORIENTATION 1.2') or contains(., 'Orientation 1.2')]"));
        String element = link.getAttribute("data-outline");
        link.sendKeys(Keys.ENTER);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> ("element-" + element).equals(
                driver.switchTo().activeElement().getAttribute("id")));
        Map<?, ?> place = (Map<?, ?>) browser.driver().executeScript("""
                const target = document.getElementById(arguments[0]).getBoundingClientRect();
                const header = document.querySelector('[id="plan:tree"] thead').getBoundingClientRect();
                return {top: target.top, headerBottom: header.bottom, height: window.innerHeight};""", "element-" + element);
        // In view, below the table's header, which stays on top while the plan scrolls.
        assertThat(((Number) place.get("top")).doubleValue()).isGreaterThanOrEqualTo(((Number) place.get("headerBottom")).doubleValue())
                .isLessThan(((Number) place.get("height")).doubleValue());
        browser.screenshot("66-plan-1024-outline-jump");
    }

    @Test
    void aPlanThatFillsFewFieldsShowsOnlyTheirColumns() {
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        browser.open("/");
        browser.logIn("coordination.capitale");
        browser.click(By.linkText("Plan de travail 2021-2022"));
        browser.find(By.id("plan:tree"));

        List<String> headers = headers();
        assertThat(headers).startsWith("Élément du plan").doesNotContain("Groupes cibles", "Indicateurs de résultats", "Résultats attendus");
        // Every column shown has something in it.
        for (int column = 2; column <= headers.size(); column++) {
            String filled = (String) browser.driver().executeScript("return Array.from(document.querySelectorAll("
                    + "'[id=\"plan:tree\"] tbody td:nth-child(" + column + ")')).map(td => td.textContent.trim()).join('')");
            assertThat(filled).as(headers.get(column - 1)).isNotBlank();
        }
        assertThat(cutOrOverflowingWords()).isEmpty();
        browser.screenshot("65-plan-capitale-1400");
    }

    @Test
    void onPaperOnlyThePlansWordsAreLeft() {
        openAnnualPlan(1400, 900);

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        for (String hidden : List.of(".topbar", ".plan-tools", ".plan-outline", ".plan-lifecycle")) {
            assertThat(browser.driver().findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
        }
        assertThat(browser.driver().findElements(By.cssSelector("[id='plan:tree'] .tree-toggle, [id='plan:tree'] .row-button, #expandAll")))
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.text(By.id("plan:tree"))).contains("Réaliser la journée de partage.");
    }

    private void openAnnualPlan(int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.click(By.linkText(ANNUAL_PLAN));
        browser.find(By.id("plan:tree"));
    }

    @SuppressWarnings("unchecked")
    private List<String> cutOrOverflowingWords() {
        return (List<String>) browser.driver().executeScript(CUT_OR_OVERFLOWING_WORDS);
    }

    private boolean pageOverflowsSideways() {
        return (Boolean) browser.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    @SuppressWarnings("unchecked")
    private List<String> headers() {
        return (List<String>) browser.driver().executeScript("return Array.from(document.querySelectorAll("
                + "'[id=\"plan:tree\"] thead th')).map(th => th.textContent.trim())");
    }
}
