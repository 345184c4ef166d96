package ca.concerto.web.interfaces.language;

import ca.concerto.web.infrastructure.text.MessageBundle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;

/** Screen messages, always taken from the resource bundle in the person's language. */
@RequestScoped
public class Messages {

    @Inject
    LanguageSelection language;

    public String text(String key) {
        return MessageBundle.in(language.getLocale()).getString(key);
    }

    public void add(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }

    /** A message whose sentence takes arguments ("{0} changes applied"). */
    public void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, format(key, arguments), null));
    }

    /** The sentence with its arguments in place ("Revision {0}"), in the page's language. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), language.getLocale()).format(arguments);
    }
}
