package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the API answers to what an attack sent it: every refusal in one JSON shape, and the losers of a
 * race a 409, never a 500.
 */
class ApiContractIT {

    private static final String PLANS = Platform.URL + "/api/plans";
    private final Api api = new Api();

    @Test
    void refusalsOfEveryKindAnswerInTheSameShape() {
        String coordinator = api.token("coordination.capitale");

        HttpResponse<String> nul = api.post(PLANS, coordinator, "{\"template\":\"work-plan\",\"title\":\"Plan\\u0000\",\"period\":\"2025\"}");
        HttpResponse<String> role = api.get(Platform.URL + "/api/platform/tenants", coordinator);
        HttpResponse<String> unparsable = api.get(PLANS + "/abc", coordinator);
        HttpResponse<String> mediaType = api.post(PLANS, coordinator, "text/plain", "titre");
        HttpResponse<String> tooLarge = api.post(PLANS, coordinator, "{\"template\":\"work-plan\",\"title\":\""
                + "x".repeat(2_000_000) + "\",\"period\":\"2025\"}");
        HttpResponse<String> tooLong = api.post(PLANS, coordinator, "{\"template\":\"work-plan\",\"title\":\""
                + "x".repeat(10_000) + "\",\"period\":\"2025\"}");
        HttpResponse<String> unknownField = api.post(PLANS, coordinator,
                "{\"template\":\"work-plan\",\"title\":\"Plan\",\"period\":\"2025\",\"stater\":true}");

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("\"code\":\"INVALID\"");
        assertThat(role.statusCode()).isEqualTo(403);
        assertThat(role.body()).contains("\"code\":\"ROLE_NOT_ALLOWED\"", "rôle");
        assertThat(unparsable.statusCode()).isEqualTo(404);
        assertThat(unparsable.body()).contains("\"code\":\"NOT_FOUND\"");
        assertThat(mediaType.statusCode()).isEqualTo(415);
        assertThat(mediaType.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"", "JSON");
        assertThat(unknownField.statusCode()).as("a misspelt field is refused, not ignored").isEqualTo(400);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        assertThat(tooLong.statusCode()).as("a 10,000-character title").isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"title\"");
        assertThat(unknownField.body()).contains("\"field\":\"stater\"");
        for (HttpResponse<String> refusal : List.of(nul, role, unparsable, mediaType, tooLarge, tooLong, unknownField)) {
            assertThat(refusal.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refusal.body()).as("RFC 9457").contains("\"type\":\"urn:concerto:problem:",
                    "\"status\":" + refusal.statusCode(), "\"detail\":\"");
        }
    }

    @Test
    void valuesOfAnotherKindAreRefusedNamingTheFieldAndNothingIsCoerced() {
        String coordinator = api.token("coordination.capitale");
        long[] draft = draftWithAnOrientation(coordinator, "Valeurs");
        long plan = draft[0];
        String elements = PLANS + "/" + plan + "/elements/";
        long orientation = draft[1];

        assertRefused(api.post(PLANS + "/" + plan + "/adoption", coordinator, "{\"on\":\"2027-02-30\",\"by\":\"Comité\"}"), "on");
        assertRefused(api.post(elements + orientation + "/progress", coordinator,
                "{\"period\":\"2025-Q3\",\"status\":\"IN_PROGRESS\",\"percentComplete\":1.5}"), "percentComplete");
        assertRefused(api.post(elements + orientation + "/progress", coordinator,
                "{\"period\":\"2025-Q3\",\"status\":\"IN_PROGRESS\",\"percentComplete\":\"50\"}"), "percentComplete");
        assertRefused(api.post(elements + orientation + "/progress", coordinator,
                "{\"period\":\"2025-Q3\",\"status\":\"IN_PROGRESS\",\"percentComplete\":150}"), "percentComplete");
        assertRefused(api.post(elements + orientation + "/measurements", coordinator,
                "{\"indicator\":\"Participants\",\"value\":1e200000,\"measuredOn\":\"2025-05-01\"}"), "value");
        assertRefused(api.post(elements, coordinator, "{\"parentId\":\"abc\",\"level\":\"axe\",\"title\":\"Axe\"}"), "parentId");
        assertRefused(api.post(elements, coordinator, "{\"level\":\"orientation\",\"title\":\"Suite\"} garbage"), "body");
        assertRefused(api.post(elements, coordinator, "{\"level\":\"orientation\"}"), "title");

        String saved = api.get(PLANS + "/" + plan, coordinator).body();
        assertThat(saved).contains("\"status\":\"DRAFT\"").doesNotContain("Suite");
        assertThat(api.get(elements + "follow-up", coordinator).body()).doesNotContain("2025-Q3");
    }

    @Test
    void aCreationOrAnAdoptionRetriedAfterALostAnswerIsMadeOnce() {
        String coordinator = api.token("coordination.capitale");
        String key = "essai-" + System.nanoTime();
        String plan = "{\"template\":\"work-plan\",\"title\":\"Une fois " + key + "\",\"period\":\"2026-2027\"}";

        long first = Api.id(api.post(PLANS, coordinator, plan, "Idempotency-Key", key), 201);
        long retried = Api.id(api.post(PLANS, coordinator, plan, "Idempotency-Key", key), 201);
        String adoption = "{\"on\":\"2026-09-22\",\"by\":\"Comité\"}";
        HttpResponse<String> adopted = api.post(PLANS + "/" + first + "/adoption", coordinator, adoption);
        HttpResponse<String> adoptedAgain = api.post(PLANS + "/" + first + "/adoption", coordinator, adoption);
        HttpResponse<String> badKey = api.post(PLANS, coordinator, plan, "Idempotency-Key", "x");

        assertThat(retried).isEqualTo(first);
        assertThat(api.get(PLANS, coordinator).body().split("Une fois " + key, -1)).as("one plan of that title").hasSize(2);
        assertThat(adopted.statusCode()).isEqualTo(200);
        assertThat(adoptedAgain.statusCode()).isEqualTo(200);
        assertThat(adoptedAgain.body()).contains("\"adoptedOn\":\"2026-09-22\"");
        assertThat(badKey.statusCode()).isEqualTo(400);
    }

    @Test
    void anElementReadCarriesItsVersionAsAnETagThatAChangeSendsBack() {
        String coordinator = api.token("coordination.capitale");
        long[] draft = draftWithAnOrientation(coordinator, "Versions");
        String elements = PLANS + "/" + draft[0] + "/elements/";
        long element = draft[1];

        HttpResponse<String> read = api.get(elements + element, coordinator);
        String tag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> changed = api.call("PUT", elements + element, coordinator, "application/json",
                "{\"title\":\"Orientation révisée\"}", "If-Match", tag);
        HttpResponse<String> stale = api.call("PUT", elements + element, coordinator, "application/json",
                "{\"title\":\"Autre\"}", "If-Match", tag);
        HttpResponse<String> noVersion = api.call("PUT", elements + element, coordinator, "application/json",
                "{\"title\":\"Autre\"}");

        assertThat(tag).isEqualTo("\"0\"");
        assertThat(read.body()).contains("\"version\":0", "\"title\":\"Orientation\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"currentVersion\":1");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("\"field\":\"fromVersion\"");
        assertThat(api.get(elements + element, coordinator).body()).contains("Orientation révisée");
    }

    /** A new draft work plan of the caller's body with one orientation: its number and the orientation's. */
    private long[] draftWithAnOrientation(String coordinator, String title) {
        long plan = Api.id(api.post(PLANS, coordinator, "{\"template\":\"work-plan\",\"title\":\"" + title + " " + System.nanoTime()
                + "\",\"period\":\"2026-2027\"}"), 201);
        long orientation = Api.id(api.post(PLANS + "/" + plan + "/elements/", coordinator,
                "{\"level\":\"orientation\",\"title\":\"Orientation\"}"), 201);
        return new long[] {plan, orientation};
    }

    private static void assertRefused(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"INVALID\"", "\"field\":\"" + field + "\"");
    }

    @Test
    void theLosersOfARaceAreToldSoAndNothingIsLost() throws Exception {
        String coordinator = api.token("coordination.capitale");
        long plan = Api.id(api.post(PLANS, coordinator, "{\"template\":\"work-plan\",\"title\":\"Course " + System.nanoTime()
                + "\",\"period\":\"2025-2026\",\"start\":\"2025-04-01\",\"end\":\"2026-03-31\"}"), 201);
        String elements = PLANS + "/" + plan + "/elements/";
        long orientation = Api.id(api.post(elements, coordinator, "{\"level\":\"orientation\",\"title\":\"Orientation\"}"), 201);

        List<Integer> saves = together(8, attempt -> api.put(elements + orientation, coordinator,
                "{\"fromVersion\":0,\"title\":\"Titre " + attempt + "\"}").statusCode());
        List<Integer> reports = together(8, attempt -> api.post(elements + orientation + "/progress", coordinator,
                "{\"period\":\"2025-Q3\",\"status\":\"IN_PROGRESS\",\"note\":\"Rapport " + attempt + "\"}").statusCode());

        assertThat(saves).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        assertThat(reports).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        assertThat(api.get(PLANS + "/" + plan, coordinator).body()).containsPattern("\"title\":\"Titre \\d\"")
                .as("the version a change starts from").contains("\"version\":1");
    }

    /** Runs the same request from several clients at once; their answers' statuses. */
    private static List<Integer> together(int clients, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int number = client;
                answers.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return attempt.status(number);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Attempt {
        int status(int number) throws Exception;
    }

}
