package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Logging in through Keycloak lands each person in their own body, and nowhere else. */
class LoginIT extends BrowserTest {

    private static final String MONTEREGIE = "Comité régional Opération Colibri — Montérégie";
    private static final String CAPITALE = "Concertation régionale Grandissons tous ensemble — Capitale-Nationale";

    @Test
    void theHomePageSendsToAFrenchKeycloakLoginThenShowsTheMonteregieCoordinatorsBody() {
        browser.open("/");
        browser.waitForUrlStartingWith(Platform.KEYCLOAK_URL);
        assertThat(browser.url()).contains("/realms/concerto/protocol/openid-connect/auth");
        assertThat(browser.language()).isEqualTo("fr");
        browser.screenshot("01-keycloak-login");

        browser.logIn("coordination.monteregie");

        assertThat(browser.text(By.id("welcome"))).isEqualTo("Bienvenue, Camille Tremblay");
        assertThat(browser.text(By.id("tenant-name"))).isEqualTo(MONTEREGIE);
        assertThat(browser.text(By.id("current-tenant"))).isEqualTo(MONTEREGIE);
        assertThat(browser.text(By.id("roles"))).isEqualTo("Coordination");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(planTitles()).contains("Panification année transitoire 2021-2022", "Plan d'action annuel 2018-2019")
                .doesNotContain("Plan de travail 2021-2022");
        assertThat(browser.text(By.id("plans"))).contains("Adopté", "24 mai 2018");
        browser.screenshot("02-home-monteregie");
    }

    @Test
    void aCapitaleNationaleCoordinatorSeesTheirBodyAndNothingOfMonteregie() {
        browser.open("/");
        browser.logIn("coordination.capitale");

        assertThat(browser.text(By.id("tenant-name"))).isEqualTo(CAPITALE);
        assertThat(browser.text(By.id("tenant-region"))).isEqualTo("Capitale-Nationale");
        assertThat(planTitles()).contains("Plan de travail 2021-2022");
        assertThat(browser.pageSource()).doesNotContain("Montérégie").doesNotContain("Colibri");
        browser.screenshot("03-home-capitale-nationale");
    }

    @Test
    void aTenantNamedInTheRequestChangesNothing() {
        browser.open("/");
        browser.logIn("coordination.capitale");

        for (String forged : new String[] {"/?tenant=monteregie", "/index.xhtml?tenant=monteregie&schema=t_monteregie",
                "/index.xhtml?organization=monteregie"}) {
            browser.open(forged);
            assertThat(browser.text(By.id("tenant-name"))).isEqualTo(CAPITALE);
            assertThat(planTitles()).doesNotContain("Plan d'action annuel 2018-2019");
        }
    }

    private java.util.List<String> planTitles() {
        return browser.find(By.id("plans")).findElements(By.className("plan-title")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    @Test
    void aPersonInNoOrganizationGetsTheNoAccessPage() {
        browser.open("/");
        browser.logIn("sans.organisation");

        assertThat(browser.text(By.cssSelector("#no-access h1")))
                .isEqualTo("Votre compte n'est rattaché à aucune instance de concertation");
        assertThat(browser.pageSource()).doesNotContain("ServletException").doesNotContain("\tat ")
                .doesNotContain("Montérégie");
        browser.screenshot("04-no-access");
    }

    @Test
    void aMemberOfTwoLocalTablesChoosesOneAndWorksInIt() {
        browser.open("/");
        browser.logIn("coordination.montreal");

        browser.waitForUrlStartingWith(Platform.URL + "/choose-tenant.xhtml");
        assertThat(browser.find(By.id("choice")).findElements(By.cssSelector("[data-tenant]")))
                .extracting(button -> button.getAttribute("data-tenant"))
                .containsExactlyInAnyOrder("montreal-hochelaga", "montreal-cote-des-neiges");
        browser.screenshot("05-choose-tenant");

        browser.click(By.cssSelector("[data-tenant='montreal-cote-des-neiges']"));

        assertThat(browser.text(By.id("tenant-name")))
                .isEqualTo("Instance de concertation en petite enfance — Côte-des-Neiges");
        browser.click(By.id("switch-tenant"));
        browser.click(By.cssSelector("[data-tenant='montreal-hochelaga']"));
        assertThat(browser.text(By.id("tenant-name")))
                .isEqualTo("Instance de concertation en petite enfance — Hochelaga-Maisonneuve");
    }

    @Test
    void theNetworkAnalystWorksBeyondAnySingleBody() {
        browser.open("/");
        browser.logIn("analyste.reseau");

        assertThat(browser.text(By.id("roles"))).isEqualTo("Analyse du réseau");
        assertThat(browser.text(By.id("beyond-tenants"))).contains("réseau");
    }

    @Test
    void anEnglishBrowserGetsEnglishScreensByDefault() {
        try (Browser english = new Browser("en-US,en")) {
            english.open("/");
            english.logIn("partenaire.monteregie");
            assertThat(english.language()).isEqualTo("en");
            assertThat(english.pageSource()).contains("Log out");
        }
    }

    @Test
    void theScreensSwitchToEnglish() {
        browser.open("/");
        browser.logIn("coordination.monteregie");

        browser.click(By.id("sessionBar:switchLanguage"));
        try {
            assertThat(browser.text(By.id("welcome"))).isEqualTo("Welcome, Camille Tremblay");
            assertThat(browser.text(By.id("sessionBar:logout"))).isEqualTo("Log out");
            assertThat(browser.language()).isEqualTo("en");
            browser.screenshot("06-home-english");
        } finally {
            browser.click(By.id("sessionBar:switchLanguage"));
        }
    }

    @Test
    void theLanguageChosenIsThePersonsOwnAtTheNextLoginKeycloaksPagesIncluded() {
        browser.open("/");
        browser.logIn("partenaire.capitale");
        browser.click(By.id("sessionBar:switchLanguage"));
        browser.waitForText(By.id("sessionBar:logout"), "Log out");
        browser.logOut();

        // Another day, another (French) browser: the account's language wins, from Keycloak's password page on.
        try (Browser later = new Browser()) {
            later.open("/");
            later.waitForUrlStartingWith(Platform.KEYCLOAK_URL);
            later.find(By.id("username")).sendKeys("partenaire.capitale");
            later.click(By.id("kc-login"));
            later.find(By.id("password"));
            assertThat(later.language()).as("Keycloak's password page").startsWith("en");
            later.find(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
            later.click(By.id("kc-login"));
            later.waitForUrlStartingWith(Platform.URL);
            assertThat(later.language()).isEqualTo("en");
            assertThat(later.text(By.id("sessionBar:logout"))).isEqualTo("Log out");

            later.click(By.id("sessionBar:switchLanguage"));
            assertThat(later.text(By.id("sessionBar:logout"))).isEqualTo("Se déconnecter");
        }
    }

    @Test
    void logoutEndsTheSessionHereAndAtKeycloak() {
        browser.open("/");
        browser.logIn("coordination.monteregie");

        browser.click(By.id("sessionBar:logout"));

        assertThat(browser.text(By.cssSelector("#logged-out h1"))).isEqualTo("Vous êtes déconnecté");
        browser.screenshot("07-logged-out");
        browser.open("/");
        browser.waitForUrlStartingWith(Platform.KEYCLOAK_URL);
        assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
    }
}
