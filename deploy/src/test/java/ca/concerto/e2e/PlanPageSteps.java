package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a coordinator does on a plan's page, shared by the browser tests that build plans. */
final class PlanPageSteps {

    private PlanPageSteps() {
    }

    /** Adds an element under another (null: at the top) at the level offered there; returns its number. */
    static String add(Browser browser, String parent, String level, String title, String schedule) {
        browser.click(parent == null ? By.id("plan:addTop") : By.cssSelector("[data-add-under='" + parent + "']"));
        browser.find(By.id("addition:title"));
        assertThat(browser.text(By.id("addition:level_label"))).isEqualTo(level);
        type(browser, "addition:title", title);
        if (schedule != null) {
            type(browser, "addition:schedule", schedule);
        }
        browser.click(By.id("addition:confirmAdd"));
        return browser.find(By.xpath("//span[@class='element-title' and text()=\"" + title + "\"]")).getAttribute("data-element");
    }

    /** Empties a field, then types the text into it. */
    static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }
}
