package ca.concerto.web.infrastructure.security;

import java.net.URI;
import java.util.Locale;

/**
 * Whether an API request came from another site riding on the person's session cookie. Scripts call the API
 * with a bearer token, which no other site can add; a request that relies on the cookie must come from
 * Concerto's own pages (the browser says so in {@code Sec-Fetch-Site}, or, for older browsers, in
 * {@code Origin}). A link followed from elsewhere ({@code none}: typed, bookmarked) is the person's own.
 */
public final class CrossSiteRequests {

    private CrossSiteRequests() {
    }

    /**
     * @param authorization the request's {@code Authorization} header, if any
     * @param fetchSite its {@code Sec-Fetch-Site} header, if any
     * @param origin its {@code Origin} header, if any
     * @param ownOrigin this platform's origin as the request reached it, e.g. {@code http://localhost:8080}
     */
    public static boolean refuses(String authorization, String fetchSite, String origin, String ownOrigin) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null) {
            return false;
        }
        return "null".equals(origin) || !sameOrigin(origin, ownOrigin);
    }

    private static boolean sameOrigin(String origin, String ownOrigin) {
        try {
            URI theirs = URI.create(origin);
            URI ours = URI.create(ownOrigin);
            return theirs.getScheme() != null && theirs.getScheme().equalsIgnoreCase(ours.getScheme())
                    && theirs.getHost() != null && theirs.getHost().equalsIgnoreCase(ours.getHost())
                    && port(theirs) == port(ours);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
