package ca.concerto.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.model.access.Role;
import ca.concerto.web.interfaces.language.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    private final ResourceBundle french = ResourceBundle.getBundle(Messages.BUNDLE, Locale.CANADA_FRENCH);
    private final ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

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
            assertThat(ResourceBundle.getBundle(Messages.BUNDLE, Locale.CANADA_FRENCH).getString("layout.logout"))
                    .isEqualTo("Se déconnecter");
        } finally {
            Locale.setDefault(before);
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
