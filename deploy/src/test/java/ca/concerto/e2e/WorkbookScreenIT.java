package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator brings the activities workbook, edited in Excel while the plan changed in Concerto, back from the
 * plan page: the changes show with the conflict, which they must decide before anything is applied.
 */
class WorkbookScreenIT extends BrowserTest {

    @Test
    void aCoordinatorImportsAnEditedWorkbookAndDecidesItsConflict() throws Exception {
        Api api = new Api();
        Workbooks workbooks = new Workbooks(api, api.token("coordination.monteregie"));
        long plan = workbooks.draftPlan();
        byte[] exported = workbooks.download(plan);
        var invite = api.elements(workbooks.coordinator(), plan).get(4);
        assertThat(api.put(Workbooks.elementUrl(plan, invite.getJsonNumber("id").longValue()), workbooks.coordinator(),
                "{\"fromVersion\":" + invite.getInt("version") + ",\"title\":\"Inviter l'AQCPÉ au CROC.\",\"lead\":\"Comité exécutif du CROC\"}")
                .statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("activites-", ".xlsx");
        try {
            Files.write(file, Workbooks.edit(exported, sheet -> {
                Workbooks.cell(sheet, 1, "Libellé").setCellValue("Inviter l'AQCPÉ et le MF.");
                Workbooks.cell(sheet, 2, "Porteur").setCellValue("Table régionale des partenaires");
            }));
            browser.open("/");
            browser.logIn("coordination.monteregie");
            browser.open("/plan.xhtml?id=" + plan);
            browser.click(By.id("lifecycle:importWorkbook"));
            browser.find(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.id("upload:read"));

            String changes = browser.waitForText(By.id("changeList"), "Table régionale des partenaires");
            assertThat(changes).contains("Modifié", "« Inviter l'AQCPÉ au CROC. » → « Inviter l'AQCPÉ et le MF. »",
                    "modifié dans Concerto depuis le téléchargement");
            browser.screenshot("95-workbook-changes");

            browser.click(By.id("changes:apply"));
            assertThat(browser.waitForText(By.id("changeList"), "Choisissez la version qui l'emporte."))
                    .contains("Choisissez la version qui l'emporte.");
            var untouched = api.elements(workbooks.coordinator(), plan).get(5);
            assertThat(untouched.get("lead") == null || untouched.isNull("lead")).as("nothing applied before the choice").isTrue();

            browser.click(By.xpath("//label[contains(., 'Garder le plan tel qu')]"));
            browser.click(By.id("changes:apply"));
            assertThat(browser.waitForText(By.tagName("body"), "Classeur importé")).contains("Classeur importé : 1 changement appliqué en une révision.");
            assertThat(browser.text(By.id("plan:tree"))).contains("Inviter l'AQCPÉ au CROC.", "Table régionale des partenaires");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
