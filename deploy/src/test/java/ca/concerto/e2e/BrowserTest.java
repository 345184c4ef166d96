package ca.concerto.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test that drives a fresh headless Chromium, and keeps a screenshot of what it saw when it fails. */
abstract class BrowserTest {

    protected Browser browser;

    // Runs before @AfterEach closes the browser: the screenshot shows what the failing test saw.
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
            screenshotOthersOnFailure("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** For tests that drive more than one browser. */
    protected void screenshotOthersOnFailure(String name) {
    }
}
