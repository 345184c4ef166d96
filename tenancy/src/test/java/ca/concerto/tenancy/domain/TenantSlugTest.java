package ca.concerto.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @Test
    void acceptsLowerCaseWordsJoinedByHyphens() {
        assertThat(TenantSlug.parse("capitale-nationale")).map(TenantSlug::value).contains("capitale-nationale");
        assertThat(TenantSlug.parse("table2")).isPresent();
    }

    @Test
    void refusesAnythingThatCouldCarryMoreThanAName() {
        for (String bad : new String[] {null, "", "Monteregie", "montérégie", "-monteregie", "monteregie-",
                "monte--regie", "2monteregie", "monteregie;", "a b", "public.plan", "x".repeat(41)}) {
            assertThat(TenantSlug.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThatThrownBy(() -> new TenantSlug("DROP")).isInstanceOf(IllegalArgumentException.class);
    }
}
