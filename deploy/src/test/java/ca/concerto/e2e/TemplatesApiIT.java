package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Platform administrators author templates through the API: a template made of levels of their naming, its
 * level rules enforced on the plans made from it, a retired level no longer offered, a used template kept.
 */
class TemplatesApiIT {

    private static final String TEMPLATES = Platform.URL + "/api/platform/templates";
    private final Api api = new Api();

    @Test
    void anAuthoredTemplateShapesThePlansMadeFromItAndIsKeptOnceUsed() {
        String admin = api.token("admin.plateforme");
        String code = "plan-biennal-" + System.nanoTime();
        HttpResponse<String> created = api.post(TEMPLATES, admin, "{\"code\":\"" + code + "\",\"nameFr\":\"Plan biennal\","
                + "\"nameEn\":\"Two-year plan\",\"kind\":{\"fr\":\"Plan d'action 2024-2026\",\"en\":\"Action plan 2024-2026\"},"
                + "\"levels\":[{\"code\":\"chantier\",\"nameFr\":\"Chantier\",\"nameEn\":\"Workstream\",\"fields\":[\"DESCRIPTION\"]},"
                + "{\"parent\":\"chantier\",\"nameFr\":\"Action\",\"nameEn\":\"Action\",\"fields\":[\"SCHEDULE\",\"LEAD\"]}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/platform/templates/" + code);
        JsonObject template = (JsonObject) Api.json(created);
        assertThat(template.getJsonArray("levels").getJsonObject(1).getString("code")).isEqualTo("action");
        assertThat(template.getBoolean("used")).isFalse();

        String coordinator = api.token("coordination.monteregie");
        assertThat(api.post(TEMPLATES, coordinator, "{\"nameFr\":\"x\",\"nameEn\":\"x\",\"kind\":{\"fr\":\"x\",\"en\":\"x\"}}")
                .statusCode()).isEqualTo(403);
        assertThat(api.post(TEMPLATES + "/" + code + "/levels", admin, "{\"parent\":\"inconnu\",\"nameFr\":\"x\",\"nameEn\":\"x\"}")
                .statusCode()).isEqualTo(400);

        long plan = Api.id(api.post(Platform.URL + "/api/plans", coordinator, "{\"template\":\"" + code
                + "\",\"title\":\"Plan biennal\",\"period\":\"2024-2026\"}"), 201);
        JsonObject read = (JsonObject) Api.json(api.get(Platform.URL + "/api/plans/" + plan, coordinator));
        assertThat(read.getJsonObject("kind").getString("fr")).isEqualTo("Plan d'action 2024-2026");
        long workstream = Api.id(api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator,
                "{\"level\":\"chantier\",\"title\":\"Littératie\"}"), 201);
        HttpResponse<String> misplaced = api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator,
                "{\"level\":\"action\",\"title\":\"Au mauvais niveau\"}");
        assertThat(misplaced.statusCode()).as(misplaced.body()).isEqualTo(400);
        assertThat(misplaced.body()).contains("\"field\":\"level\"");
        Api.id(api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator,
                "{\"parentId\":" + workstream + ",\"level\":\"action\",\"title\":\"Ateliers\"}"), 201);

        HttpResponse<String> retired = api.post(TEMPLATES + "/" + code + "/levels/action/retirement", admin, "");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator,
                "{\"parentId\":" + workstream + ",\"level\":\"action\",\"title\":\"Plus offert\"}").statusCode()).isEqualTo(400);
        assertThat(api.elements(coordinator, plan)).extracting(element -> element.getString("title")).contains("Ateliers");

        HttpResponse<String> delete = api.call("DELETE", TEMPLATES + "/" + code, admin, null, null);
        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(delete.body()).contains("TEMPLATE_IN_USE");
        assertThat(((JsonObject) Api.json(api.get(TEMPLATES + "/" + code, admin))).getBoolean("used")).isTrue();
    }

    @Test
    void aCopyNoPlanUsesIsRenamedThenDeleted() {
        String admin = api.token("admin.plateforme");
        HttpResponse<String> copied = api.post(TEMPLATES + "/work-plan/copies", admin,
                "{\"nameFr\":\"Plan de travail local " + System.nanoTime() + "\",\"nameEn\":\"Local work plan\"}");
        assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
        JsonObject copy = (JsonObject) Api.json(copied);
        String code = copy.getString("code");
        assertThat(code).startsWith("plan-de-travail-local");
        assertThat(copy.getJsonArray("levels")).hasSize(4);

        HttpResponse<String> stale = api.put(TEMPLATES + "/" + code, admin, "{\"nameFr\":\"Autre\",\"nameEn\":\"Other\","
                + "\"kind\":{\"fr\":\"Plan\",\"en\":\"Plan\"},\"fromVersion\":" + (copy.getInt("version") + 1) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(api.put(TEMPLATES + "/" + code, admin, "{\"nameFr\":\"Plan local\",\"nameEn\":\"Local plan\","
                + "\"kind\":{\"fr\":\"Plan local\",\"en\":\"Local plan\"},\"fromVersion\":" + copy.getInt("version") + "}").statusCode())
                .isEqualTo(200);

        assertThat(api.call("DELETE", TEMPLATES + "/" + code, admin, null, null).statusCode()).isEqualTo(204);
        assertThat(api.get(TEMPLATES + "/" + code, admin).statusCode()).isEqualTo(404);
    }
}
