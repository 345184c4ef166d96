package ca.concerto.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import ca.concerto.domain.testing.Kinds;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Concerto suggests a seed element's fields of action from its words and its parents', as a coordinator of
 * the network would tag it. The table holds twenty elements of the Montérégie 2018–2019 plan; an element under
 * "Consolider les alliances … par le développement des enfants" speaks of child development through it.
 */
class FieldOfActionSuggestionsTest {

    private static final List<PlanElement> SEED = new ArrayList<>();

    @BeforeAll
    static void readTheSeedPlan() throws Exception {
        Plan plan = new Plan("Plan d'action annuel 2018-2019", Kinds.ANNUAL_ACTION_PLAN, "annual-action-plan",
                new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), "2018-2019"));
        try (InputStream json = FieldOfActionSuggestionsTest.class.getResourceAsStream("/demo/monteregie/plan-action-2018-2019.json")) {
            add(plan, null, Json.createReader(json).readObject().getJsonArray("elements"));
        }
    }

    private static void add(Plan plan, PlanElement parent, JsonArray elements) {
        for (JsonValue value : elements) {
            JsonObject element = value.asJsonObject();
            PlanElement added = plan.addElement(LevelRule.AS_DOCUMENTED, parent, element.getString("level"), null,
                    element.getString("title"));
            if (element.containsKey("description") && !element.isNull("description")) {
                added.describe(element.getString("description"));
            }
            SEED.add(added);
            if (element.containsKey("children")) {
                add(plan, added, element.getJsonArray("children"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SOUTENIR LE DÉVELOPPEMENT GLOBAL|child-development",
        "Promouvoir l'importance des services de garde|child-development health-equity",
        "Inviter l'Association québécoise des centres de la petite enfance|child-development health-equity",
        "Collaborer à la mise en œuvre du plan d'action du Comité régional sur l'éveil culturel|child-development",
        "APPUYER LES APPROCHES QUI VISENT TOUS LES PARENTS|parental-support health-equity",
        "Contribuer à mieux faire connaître les services 0-5 ans|parental-support health-equity",
        "Poursuivre les travaux pour l'élaboration d'un portrait sur les programmes d'habiletés parentales|parental-support health-equity",
        "Recueillir les données selon les paramètres convenus|parental-support health-equity",
        "Collaborer à la stratégie de mobilisation, de diffusion et de mise à profit des résultats de l'EQDEM|child-development school-transition",
        "Maintenir des liens de complémentarité avec la Table intersectorielle sur les saines habitudes de vie|child-development healthy-lifestyles",
        "Participer à la mise en œuvre du plan d'action de la TIR SHV|child-development healthy-lifestyles",
        "Informer les membres du CROC du plan d'action de la TIR SHV|child-development healthy-lifestyles public-policy",
        "Maintenir des liens de complémentarité avec l'IRC Montérégie (réussite éducative)|child-development school-transition",
        "Contribuer, lorsque c'est pertinent, aux travaux de l'IRC Montérégie (mesure dédiée à la lecture)|child-development early-literacy school-transition",
        "CONSOLIDER LE PARTENARIAT, LA COLLABORATION ET LA CONCERTATION|",
        "Développer un mécanisme de communication efficace avec les concertations locales|child-development",
        "Tenir une rencontre annuelle de réseautage avec les représentants des TCLPE|child-development",
        "Maintenir des liens de complémentarité avec le GTM-ODL|child-development",
        "Consolider les alliances et les arrimages entre les réseaux concernés par le développement des enfants|child-development",
        "Présenter le plan d'action aux membres du CROC|child-development"})
    void suggestsTheFieldsAPersonWouldTag(String titleStart, String expected) {
        PlanElement element = SEED.stream().filter(candidate -> candidate.title().startsWith(titleStart)).findFirst().orElseThrow();

        Set<String> suggested = element.suggestedFieldsOfAction();

        assertThat(suggested).as(element.title()).containsExactlyInAnyOrderElementsOf(
                expected == null || expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @org.junit.jupiter.api.Test
    void anAcceptedSuggestionIsCarriedAndARefusedOneIsNotSuggestedAgain() {
        Plan plan = new Plan("Plan 2026-2027", Kinds.WORK_PLAN, "work-plan",
                new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), "2026-2027"));
        PlanElement reading = plan.addElement(LevelRule.AS_DOCUMENTED, null, "orientation", null, "Éveil à la lecture");
        PlanElement parents = plan.addElement(LevelRule.AS_DOCUMENTED, null, "orientation", null, "Soutien aux parents");

        reading.acceptSuggestedFieldsOfAction();
        parents.rejectSuggestedFieldsOfAction();

        assertThat(reading.fieldsOfAction()).containsExactly("early-literacy");
        assertThat(reading.suggestedFieldsOfAction()).isEmpty();
        assertThat(parents.fieldsOfAction()).isEmpty();
        assertThat(parents.suggestedFieldsOfAction()).isEmpty();
        parents.retitle("Soutien aux parents et habitudes de lecture");
        assertThat(parents.suggestedFieldsOfAction()).as("only what was refused stays refused").containsExactly("early-literacy");
    }
}
