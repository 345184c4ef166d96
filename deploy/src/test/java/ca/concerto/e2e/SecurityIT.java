package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** What an attack from another site tried: framing the pages, and using the API with a person's session cookie. */
class SecurityIT {

    private final Api api = new Api();
    private final Browser browser = new Browser();

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void pagesAndApiAnswersCannotBeFramedNorSniffed() {
        HttpResponse<String> page = api.withCookie("GET", Platform.URL + "/logged-out.xhtml", "JSESSIONID=none");
        HttpResponse<String> answer = api.get(Platform.URL + "/api/plans", api.token("coordination.monteregie"));

        for (HttpResponse<String> response : java.util.List.of(page, answer)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
        assertThat(page.headers().allValues("Content-Security-Policy")).as("scripts only with the page's nonce")
                .anySatisfy(policy -> assertThat(policy).containsPattern("script-src [^;]*'nonce-[A-Za-z0-9+/=_-]+'")
                        .doesNotContain("unsafe-inline"));
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(
                String.join(";", page.headers().allValues("Content-Security-Policy")));
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).as("every script of the page carries it").doesNotContainPattern("<script(?![^>]*nonce=\"" 
                + java.util.regex.Pattern.quote(nonce.group(1)) + "\")[^>]*>");
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndBrowsersAreToldToKeepToHttps() throws Exception {
        javax.net.ssl.SSLContext trustingItsOwnCertificate = javax.net.ssl.SSLContext.getInstance("TLS");
        trustingItsOwnCertificate.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trustingItsOwnCertificate).build();

        HttpResponse<String> login = https.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Platform.HTTPS_URL + "/index.xhtml"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = https.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Platform.HTTPS_URL + "/logged-out.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());

        List<String> cookies = new java.util.ArrayList<>(login.headers().allValues("Set-Cookie"));
        cookies.addAll(page.headers().allValues("Set-Cookie"));
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure").containsIgnoringCase("samesite=lax"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(api.withCookie("GET", Platform.URL + "/logged-out.xhtml", "JSESSIONID=none").headers()
                .firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void anotherSiteCannotUseTheApiWithThePersonsSessionCookie() {
        browser.open("/");
        browser.logIn("coordination.monteregie");
        browser.find(org.openqa.selenium.By.id("plans-title"));
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session.getSameSite()).isEqualTo("Lax");
        String cookie = "JSESSIONID=" + session.getValue();
        long plan = annualPlan(api.get(Platform.URL + "/api/plans", api.token("coordination.monteregie")).body());

        HttpResponse<String> newVersion = api.withCookie("POST", Platform.URL + "/api/plans/" + plan + "/versions", cookie,
                "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> auditReport = api.withCookie("GET", Platform.URL + "/api/plans/" + plan + "/audit-report.pdf", cookie,
                "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> olderBrowser = api.withCookie("POST", Platform.URL + "/api/plans/" + plan + "/versions", cookie,
                "Origin", "http://evil.example");
        HttpResponse<String> ownPage = api.withCookie("GET", Platform.URL + "/api/plans", cookie,
                "Origin", Platform.URL, "Sec-Fetch-Site", "same-origin");

        for (HttpResponse<String> refused : java.util.List.of(newVersion, auditReport, olderBrowser)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("CROSS_SITE");
        }
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains("Plan d'action annuel 2018-2019");
    }

    @Test
    void peopleWhoWorkInNoBodyGetNoAccessToABodysPagesNeverAnError() {
        for (String person : java.util.List.of("analyste.reseau", "admin.plateforme")) {
            browser.open("/");
            browser.logIn(person);
            for (String page : java.util.List.of("/plan.xhtml?id=1", "/dashboard.xhtml?id=1", "/timeline.xhtml?id=1",
                    "/history.xhtml?id=1", "/organisations.xhtml", "/meetings.xhtml", "/import.xhtml", "/workbook.xhtml?id=1")) {
                browser.open(page);
                assertThat(browser.find(org.openqa.selenium.By.id("no-access")).isDisplayed()).as(person + page).isTrue();
                assertThat(browser.pageSource()).as(person + page).doesNotContain("\tat ").doesNotContain("Colibri");
            }
            browser.logOut();
        }
    }

    private static long annualPlan(String list) {
        Matcher matcher = Pattern.compile("\\{\"id\":(\\d+),\"title\":\"Plan d'action annuel 2018-2019\",\"edition\":1")
                .matcher(list);
        assertThat(matcher.find()).as(list).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
