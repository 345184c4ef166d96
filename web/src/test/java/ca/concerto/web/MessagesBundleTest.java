package ca.concerto.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.model.access.Role;
import ca.concerto.web.infrastructure.text.MessageBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    private final ResourceBundle french = MessageBundle.in(Locale.CANADA_FRENCH);
    private final ResourceBundle english = MessageBundle.in(Locale.ENGLISH);

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
    }

    @Test
    void canadianFrenchIsServedInFrenchWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            assertThat(MessageBundle.in(Locale.CANADA_FRENCH).getString("layout.logout"))
                    .isEqualTo("Se déconnecter");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** MessageFormat drops a lone ' and the parameters after it: "l'adoption du {0}" would print "ladoption du {0}". */
    @Test
    void messagesWithParametersHaveNoLoneApostrophe() {
        for (ResourceBundle bundle : java.util.List.of(french, english)) {
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (text.contains("{0}")) {
                    assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyRoleHasALabel() {
        for (Role role : Role.values()) {
            assertThat(french.getString("role." + role.roleName())).isNotBlank();
            assertThat(english.getString("role." + role.roleName())).isNotBlank();
        }
    }
}
