package ca.concerto.web.interfaces.language;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the screens for this session: Canadian French unless the person switches to English. */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> OFFERED = List.of(FRENCH, ENGLISH);

    private Locale locale = FRENCH;

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

    public void switchTo(String languageTag) {
        Locale requested = Locale.forLanguageTag(languageTag);
        locale = OFFERED.stream().filter(offered -> offered.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(FRENCH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
