package ca.concerto.web.infrastructure.text;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the screens, the API and the documents: one resource bundle, French (Canada) first, English. */
public final class MessageBundle {

    /** The bundle's base name (faces-config.xml names it too). */
    public static final String NAME = "ca.concerto.web.messages";

    private MessageBundle() {
    }

    public static ResourceBundle in(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale);
    }
}
