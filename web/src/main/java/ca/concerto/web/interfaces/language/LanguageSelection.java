package ca.concerto.web.interfaces.language;

import ca.concerto.tenancy.application.AccountLanguages;
import ca.concerto.web.infrastructure.security.AuthenticatedMember;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language of the screens for this session: the person's own (their account's, else their browser's), until
 * they switch.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LanguageSelection.class.getName());

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> OFFERED = List.of(FRENCH, ENGLISH);

    @Inject
    AuthenticatedMember member;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountLanguages accountLanguages;

    private Locale locale = FRENCH;

    /**
     * The session's first language: the one the person's Keycloak account keeps ({@code locale}, chosen on its
     * pages), else the first of French or English their browser asks for, else French.
     */
    @PostConstruct
    void start() {
        locale = member.locale().flatMap(LanguageSelection::offered)
                .or(() -> java.util.Collections.list(request.getLocales()).stream().map(LanguageSelection::offered)
                        .flatMap(java.util.Optional::stream).findFirst())
                .orElse(FRENCH);
    }

    private static java.util.Optional<Locale> offered(Locale requested) {
        return OFFERED.stream().filter(offered -> offered.getLanguage().equals(requested.getLanguage())).findFirst();
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The language to offer in the switch: the one not in use. */
    public Locale getOther() {
        return locale.getLanguage().equals(FRENCH.getLanguage()) ? ENGLISH : FRENCH;
    }

    /**
     * Switches the screens to the language, and keeps it as the person's own for their next sessions and
     * Keycloak's pages. Keycloak out of reach costs the keeping, never the switch.
     */
    public void switchTo(String languageTag) {
        Locale requested = Locale.forLanguageTag(languageTag);
        locale = offered(requested).orElse(FRENCH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (request.getUserPrincipal() != null) {
            try {
                accountLanguages.keep(member.username(), locale);
            } catch (IllegalStateException unreachable) {
                LOG.log(Level.WARNING, "The language of " + member.username() + " was not kept in Keycloak", unreachable);
            }
        }
    }
}
