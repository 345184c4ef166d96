package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plans API answers with the caller's body's plans, and nothing of another body's. */
class PlansApiIT {

    private static final String PLANS = Platform.URL + "/api/plans";
    private final Api api = new Api();

    @Test
    void aPartnerReadsTheListAndAWholePlanOfTheirBody() {
        String token = api.token("partenaire.monteregie");

        HttpResponse<String> list = api.get(PLANS, token);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"title\":\"Plan d'action annuel 2018-2019\"", "\"adoptedOn\":\"2018-05-24\"")
                .doesNotContain("Plan de travail 2021-2022");

        HttpResponse<String> plan = api.get(PLANS + "/" + idOf(list.body(), "Plan d'action annuel 2018-2019"), token);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("\"title\":\"Réaliser la journée de partage.\"",
                "\"text\":\"10 octobre 2018\",\"kind\":\"DATE\",\"start\":\"2018-10-10\",\"end\":\"2018-10-10\"",
                "\"lead\":\"RCPEM\"", "Fédération québécoise des organismes communautaires Famille (FQOCF)");
    }

    @Test
    void aPlanNumberOfAnotherBodyNamesNothingOfThatBody() {
        String monteregie = api.get(PLANS, api.token("coordination.monteregie")).body();
        long annualPlan = idOf(monteregie, "Plan d'action annuel 2018-2019");

        HttpResponse<String> asCapitale = api.get(PLANS + "/" + annualPlan, api.token("coordination.capitale"));

        assertThat(asCapitale.body()).doesNotContain("Réaliser la journée de partage").doesNotContain("Colibri");
        assertThat(api.get(PLANS + "/987654", api.token("coordination.capitale")).statusCode()).isEqualTo(404);
    }

    @Test
    void peopleWithoutABodyGetNoPlans() {
        HttpResponse<String> analyst = api.get(PLANS, api.token("analyste.reseau"));
        HttpResponse<String> noBody = api.get(PLANS, api.token("sans.organisation"));

        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(noBody.statusCode()).isEqualTo(403);
        assertThat(noBody.body()).contains("NO_TENANT");
    }

    @Test
    void malformedInputIsRefusedWithASentenceAndChangesNothing() {
        String token = api.token("coordination.capitale");
        String before = api.get(PLANS, token).body();

        for (String body : new String[] {"[1,2]", "", "{\"title\":", "{\"template\":\"work-plan\",\"title\":\"x\",\"period\":\"2025\","
                + "\"start\":\"2025-02-30\"}", "{\"template\":\"no-such-template\",\"title\":\"x\",\"period\":\"2025\"}"}) {
            HttpResponse<String> refused = api.post(PLANS, token, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).contains("\"code\":\"INVALID\"", "rien n'a été modifié");
        }
        HttpResponse<String> notAPlan = api.post(PLANS + "/987654/adoption", token, "{\"on\":\"2025-06-12\",\"by\":\"CROC\"}");
        assertThat(notAPlan.statusCode()).isEqualTo(404);
        assertThat(notAPlan.body()).contains("\"code\":\"PLAN_NOT_FOUND\"");
        assertThat(api.get(PLANS, token).body()).isEqualTo(before);
    }

    private static long idOf(String list, String title) {
        Matcher matcher = Pattern.compile("\\{\"id\":(\\d+),\"title\":\"" + Pattern.quote(title) + "\"").matcher(list);
        assertThat(matcher.find()).as(list).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @org.junit.jupiter.api.Test
    void concertoSuggestsFieldsOfActionFromAnElementsWordsAndTheCoordinationAcceptsThem() {
        String coordinator = api.token("coordination.capitale");
        HttpResponse<String> created = api.post(Platform.URL + "/api/plans", coordinator,
                "{\"template\":\"work-plan\",\"title\":\"Lecture " + System.nanoTime() + "\",\"period\":\"2026-2027\"}");
        long plan = Api.id(created, 201);
        String elements = Platform.URL + "/api/plans/" + plan + "/elements";
        HttpResponse<String> added = api.post(elements, coordinator,
                "{\"level\":\"orientation\",\"title\":\"Favoriser l'éveil à la lecture des tout-petits et le soutien aux parents\"}");
        long element = Api.id(added, 201);

        String suggested = api.get(Platform.URL + "/api/plans/" + plan + "/field-suggestions", coordinator).body();
        HttpResponse<String> refused = api.post(Platform.URL + "/api/plans/" + plan + "/field-suggestions/acceptance",
                api.token("partenaire.capitale"), "{}");
        HttpResponse<String> accepted = api.post(Platform.URL + "/api/plans/" + plan + "/field-suggestions/acceptance", coordinator,
                "{\"elementIds\":[" + element + "]}");

        assertThat(suggested).contains("\"elementId\":" + element, "early-literacy", "parental-support");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(accepted.body()).isEqualTo("{\"accepted\":1}");
        assertThat(api.get(elements + "/" + element, coordinator).body()).contains("\"fieldsOfAction\":[\"early-literacy\",\"parental-support\"]");
        assertThat(api.get(Platform.URL + "/api/plans/" + plan + "/field-suggestions", coordinator).body()).isEqualTo("[]");
    }
}
