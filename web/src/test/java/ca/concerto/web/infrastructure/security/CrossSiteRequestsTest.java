package ca.concerto.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Another site cannot use the API with the person's session cookie; scripts with a token and Concerto's own pages can. */
class CrossSiteRequestsTest {

    private static final String OURS = "http://localhost:8080";

    @Test
    void anotherSiteRidingOnTheCookieIsRefused() {
        assertThat(CrossSiteRequests.refuses(null, "cross-site", "http://evil.example", OURS)).isTrue();
        assertThat(CrossSiteRequests.refuses(null, "same-site", "http://other.localhost:8080", OURS)).isTrue();
        assertThat(CrossSiteRequests.refuses(null, null, "http://evil.example", OURS)).as("an older browser").isTrue();
        assertThat(CrossSiteRequests.refuses(null, null, "http://localhost:9999", OURS)).as("another port").isTrue();
        assertThat(CrossSiteRequests.refuses(null, null, "null", OURS)).as("a sandboxed frame").isTrue();
    }

    @Test
    void concertosOwnPagesLinksFollowedByThePersonAndScriptsWithATokenPass() {
        assertThat(CrossSiteRequests.refuses(null, "same-origin", OURS, OURS)).isFalse();
        assertThat(CrossSiteRequests.refuses(null, "none", null, OURS)).as("typed or bookmarked").isFalse();
        assertThat(CrossSiteRequests.refuses(null, null, "http://LOCALHOST:8080", OURS)).isFalse();
        assertThat(CrossSiteRequests.refuses(null, null, null, OURS)).as("no browser at all").isFalse();
        assertThat(CrossSiteRequests.refuses("Bearer eyJ...", "cross-site", "http://elsewhere.example", OURS))
                .as("a token no other site can add").isFalse();
    }
}
