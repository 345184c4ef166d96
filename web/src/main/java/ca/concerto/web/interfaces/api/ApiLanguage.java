package ca.concerto.web.interfaces.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of the API's words for a caller: the one a document's link names ({@code lang}, the language the
 * person chose in the app), else the first of French or English they accept, else French.
 */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpHeaders headers, String lang) {
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        return "fr".equals(lang) ? Locale.CANADA_FRENCH : of(headers);
    }

    static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> locale.getLanguage().equals("en") || locale.getLanguage().equals("fr")).findFirst()
                .map(locale -> locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.CANADA_FRENCH)
                .orElse(Locale.CANADA_FRENCH);
    }
}
