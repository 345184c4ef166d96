package ca.concerto.web.infrastructure.security;

import ca.concerto.tenancy.application.CurrentTenant;
import ca.concerto.web.infrastructure.text.MessageBundle;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps authenticated people out of the screens until they work in a tenant (or hold a role that works
 * beyond tenants). People without one get the no-access page; members of several choose first. An API call
 * that rides on the session cookie from another site is refused before anything runs ({@link CrossSiteRequests}).
 */
@WebFilter(urlPatterns = "/*")
public class AdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PAGE_BODY = "body";
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuthenticatedMember member;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getUserPrincipal() == null || Pages.isOpenToEveryone(path) || Pages.isAdmissionPage(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (Pages.isApi(path) && CrossSiteRequests.refuses(request.getHeader("Authorization"),
                request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getScheme() + "://" + request.getHeader("Host"))) {
            refuseApiCall(request, response, "CROSS_SITE");
            return;
        }
        Admission admission = Admission.of(currentTenant.resolution(), member.worksBeyondTenants());
        if (admission == Admission.ADMITTED && Pages.needsBody(path) && currentTenant.tenant().isEmpty()) {
            // A network analyst or a platform administrator on a page of one body's work: no body, nothing to show.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(Pages.NO_ACCESS).forward(request, response);
        } else if (admission == Admission.ADMITTED && opensAnotherBody(request)) {
            // A download link of a page opened in another body than the session's: offer to reopen it there.
            response.sendRedirect(Pages.stalePage(request.getContextPath(), request.getParameter(PAGE_BODY), null));
        } else if (admission == Admission.ADMITTED) {
            chain.doFilter(request, response);
        } else if (Pages.isApi(path)) {
            // An API caller cannot choose among several bodies: it gets the refusal, in JSON.
            refuseApiCall(request, response, admission == Admission.CHOOSE_TENANT ? "TENANT_CHOICE_REQUIRED" : "NO_TENANT");
        } else if (admission == Admission.CHOOSE_TENANT) {
            response.sendRedirect(request.getContextPath() + Pages.CHOOSE_TENANT);
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(Pages.NO_ACCESS).forward(request, response);
        }
    }

    /**
     * A page's links to the API name the body the page was opened in; only compared with the session's body,
     * never used to choose one.
     */
    private boolean opensAnotherBody(HttpServletRequest request) {
        String pageBody = request.getParameter(PAGE_BODY);
        return pageBody != null && Pages.isApi(request.getServletPath()) && !pageBody.equals(currentTenant.slug());
    }

    /** A refusal before the API runs, in the API's shape (RFC 9457), in the language the caller accepts. */
    private static void refuseApiCall(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.createWriter(response.getWriter()).write(JSON.createObjectBuilder()
                .add("type", "urn:concerto:problem:" + code)
                .add("title", "Forbidden")
                .add("status", HttpServletResponse.SC_FORBIDDEN)
                .add("code", code)
                .add("detail", MessageBundle.in(request.getLocale()).getString("refusal." + code))
                .add("instance", request.getRequestURI())
                .build());
    }
}
