package ca.concerto.web.interfaces.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** Screen messages, always taken from the resource bundle in the person's language. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "ca.concerto.web.messages";

    @Inject
    LanguageSelection language;

    public String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
    }

    public void add(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }
}
