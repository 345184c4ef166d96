package ca.concerto.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

class ScratchIT extends BrowserTest {
    @Test
    void look() throws Exception {
        String script = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/tmp/scratch.js")));
        String[] plan = System.getProperty("scratch.plan", "coordination.monteregie|Plan d'action annuel 2018-2019").split("\\|");
        for (String w : System.getProperty("scratch.widths", "1400").split(",")) {
            browser.driver().manage().window().setSize(new Dimension(Integer.parseInt(w), 900));
            browser.open("/");
            if (w.equals(System.getProperty("scratch.widths", "1400").split(",")[0])) browser.logIn(plan[0]);
            browser.click(By.linkText(plan[1]));
            browser.find(By.id("plan:tree"));
            System.out.println("=== " + w + "\n" + browser.driver().executeScript(script));
            browser.screenshot("scratch-" + w);
        }
    }
}
