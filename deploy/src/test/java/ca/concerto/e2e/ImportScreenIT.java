package ca.concerto.e2e;

import static ca.concerto.e2e.PlanPageSteps.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator imports a Word plan from the home page: the preview shows its axes and orientations, they set
 * the orientations aside, see the preview again, and create the draft, which opens.
 */
class ImportScreenIT extends BrowserTest {

    @Test
    void aCoordinatorImportsAWordPlanChangingOneHeadingKindInThePreview() throws IOException {
        Path file = Files.createTempFile("plan-importe-", ".docx");
        try {
            write(file);
            browser.open("/");
            browser.logIn("coordination.capitale");
            browser.click(By.id("importPlanLink"));
            browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.id("upload:read"));

            String tree = browser.waitForText(By.id("tree"), "SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT");
            assertThat(tree).contains("AXE 1", "Orientation 1.1", "Faire connaître les succès d'intégration.");
            browser.screenshot("93-import-preview");

            Select orientation = new Select(browser.find(By.xpath("//label[text()='orientation']/ancestor::tr//select")));
            orientation.selectByVisibleText("Ne pas importer");
            browser.click(By.id("preview:refresh"));
            assertThat(browser.waitForText(By.id("unplaced"), "Orientation 1.1")).contains("Orientation 1.1");
            assertThat(browser.text(By.id("tree"))).doesNotContain("Faire connaître les succès d'intégration.");

            String title = "Plan importé " + System.nanoTime();
            type(browser, "preview:title", title);
            type(browser, "preview:periodLabel", "2026-2027");
            browser.click(By.id("preview:commit"));
            assertThat(browser.waitForText(By.id("plan-title"), title)).isEqualTo(title);
            assertThat(browser.text(By.id("plan:tree"))).contains("SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String[] line : new String[][] {{"AXE 1", "b"}, {"SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", "b"},
                    {"Orientation 1.1", "b"}, {"Faire connaître les succès d'intégration.", ""}}) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(line[0]);
                paragraph.getRuns().get(0).setBold(!line[1].isEmpty());
            }
            document.write(out);
        }
    }
}
