package ca.concerto.web.infrastructure.security;

/** Paths of the screens that concern access itself, shared by the pages' beans and the admission filter. */
public final class Pages {

    public static final String HOME = "/index.xhtml";
    public static final String CHOOSE_TENANT = "/choose-tenant.xhtml";
    public static final String NO_ACCESS = "/no-access.xhtml";
    public static final String LOGGED_OUT = "/logged-out.xhtml";
    public static final String ERROR = "/error.xhtml";

    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    private static final String API = "/api";

    /** The choice page's parameters naming the body a stale page belongs to, and the page to reopen there. */
    public static final String STALE_BODY = "reopen";
    public static final String STALE_PAGE = "page";

    private Pages() {
    }

    /** Where a person goes who used a page of {@code body} after the session moved on; {@code page} may be null. */
    public static String stalePage(String contextPath, String body, String page) {
        return contextPath + CHOOSE_TENANT + "?" + STALE_BODY + "=" + encode(body)
                + (page == null ? "" : "&" + STALE_PAGE + "=" + encode(page));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Pages and resources anyone may load, signed in or not (see the open constraint in web.xml). */
    public static boolean isOpenToEveryone(String servletPath) {
        return servletPath.startsWith(FACES_RESOURCES) || servletPath.equals(LOGGED_OUT) || servletPath.equals(ERROR);
    }

    /** The JSON API, whose callers get JSON answers, never pages. */
    public static boolean isApi(String servletPath) {
        return servletPath.equals(API) || servletPath.startsWith(API + "/");
    }

    /** The pages of one body's own work: nothing to show someone who works in no body. */
    private static final java.util.Set<String> BODY_PAGES = java.util.Set.of("/plan.xhtml", "/dashboard.xhtml",
            "/timeline.xhtml", "/history.xhtml", "/organisations.xhtml", "/meetings.xhtml", "/import.xhtml", "/workbook.xhtml");

    public static boolean needsBody(String servletPath) {
        return BODY_PAGES.contains(servletPath);
    }

    /** Pages a signed-in person reaches before they have a tenant. */
    public static boolean isAdmissionPage(String servletPath) {
        return servletPath.equals(CHOOSE_TENANT) || servletPath.equals(NO_ACCESS);
    }
}
