package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attack that found the holes of issue 10, kept in the repository: every endpoint of the API, listed from
 * its own contract (/openapi, generated from the JAX-RS resources), tried with another body's numbers, by
 * every role against docs/security.md's matrix, and with malformed bodies. It prints its figures.
 */
class AttackSuiteIT {

    private static final String API = Platform.URL;
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE) (/api/\\S+) \\|(.*)\\|$");
    private static final List<String> ROLES = List.of("coordination.monteregie", "partenaire.monteregie",
            "verification.monteregie", "analyste.reseau", "admin.plateforme");

    /** A body each write accepts from its caller, by endpoint; a new endpoint without one fails the suite. */
    private static final String PROBE_TEMPLATE = "{\"nameFr\":\"Sonde\",\"nameEn\":\"Probe\",\"kind\":{\"fr\":\"Sonde\",\"en\":\"Probe\"}}";
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("POST /api/plans", "{\"template\":\"work-plan\",\"title\":\"Sonde\",\"period\":\"2026-2027\"}"),
            Map.entry("POST /api/plans/{id}/adoption", "{\"on\":\"2026-11-24\",\"by\":\"Comité\"}"),
            Map.entry("POST /api/plans/{id}/versions", "{}"),
            Map.entry("POST /api/plans/{id}/field-suggestions/acceptance", "{\"elementIds\":[]}"),
            Map.entry("POST /api/plans/{id}/field-suggestions/rejection", "{\"elementIds\":[]}"),
            Map.entry("POST /api/plans/{planId}/elements", "{\"level\":\"orientation\",\"title\":\"Sonde\"}"),
            Map.entry("PUT /api/plans/{planId}/elements/{elementId}", "{\"fromVersion\":0,\"title\":\"Sonde\"}"),
            Map.entry("POST /api/plans/{planId}/elements/{elementId}/measurements",
                    "{\"indicator\":\"Participants\",\"value\":3,\"measuredOn\":\"2026-05-01\"}"),
            Map.entry("POST /api/plans/{planId}/elements/{elementId}/progress", "{\"period\":\"2026-Q2\",\"status\":\"IN_PROGRESS\"}"),
            Map.entry("POST /api/plans/{planId}/sections", "{\"kind\":\"VISION\",\"text\":\"Sonde\"}"),
            Map.entry("PUT /api/plans/{planId}/sections/{sectionId}", "{\"kind\":\"VISION\",\"text\":\"Sonde\",\"fromVersion\":0}"),
            Map.entry("POST /api/plans/{planId}/milestones", "{\"kind\":\"FILED\",\"on\":\"2026-06-30\",\"counterpart\":\"Ministère\"}"),
            Map.entry("POST /api/platform/templates", PROBE_TEMPLATE),
            Map.entry("PUT /api/platform/templates/{code}", PROBE_TEMPLATE),
            Map.entry("POST /api/platform/templates/{code}/copies", "{\"nameFr\":\"Sonde copiée\",\"nameEn\":\"Probe copy\"}"),
            Map.entry("POST /api/platform/templates/{code}/levels", "{\"nameFr\":\"Niveau\",\"nameEn\":\"Level\"}"),
            Map.entry("PUT /api/platform/templates/{code}/levels/{level}", "{\"nameFr\":\"Niveau\",\"nameEn\":\"Level\"}"),
            Map.entry("POST /api/plans/imports", "pas un document Word"),
            Map.entry("POST /api/plans/{id}/activities", "pas un classeur"),
            Map.entry("POST /api/plans/{id}/activities/preview", "pas un classeur"),
            Map.entry("POST /api/plans/imports/{id}/preview", "{\"template\":\"work-plan\"}"),
            Map.entry("POST /api/plans/imports/{id}/commit", "{\"template\":\"work-plan\",\"title\":\"Sonde\",\"period\":\"2026-2027\"}"),
            Map.entry("POST /api/platform/tenants",
                    "{\"slug\":\"monteregie\",\"displayName\":\"Doublon\",\"region\":\"Montérégie\",\"kind\":\"REGIONAL_BODY\"}"));

    private static final List<String> MALFORMED = List.of("", " ", "{", "}", "[]", "[{}]", "null", "true", "42", "\"texte\"",
            "{\"title\":}", "{\"title\":\"x\"} reste", "{\"title\":\"\\u0000\"}", "{\"title\":1e99999}", "{\"fromVersion\":99999999999999999999}",
            "{\"fromVersion\":-1,\"title\":\"x\"}", "{\"parentId\":\"abc\",\"level\":\"orientation\",\"title\":\"x\"}",
            "{\"parentId\":-1,\"level\":\"orientation\",\"title\":\"x\"}", "{\"on\":\"2027-02-30\",\"by\":\"x\"}",
            "{\"on\":\"+999999999-01-01\",\"by\":\"x\"}", "{\"on\":\"-4714-01-01\",\"by\":\"x\"}", "{\"status\":\"NOPE\",\"period\":\"2026-Q2\"}",
            "{\"status\":\"DONE\",\"period\":\"2026-Q9\"}", "{\"status\":\"DONE\",\"period\":\"2026-Q2\",\"percentComplete\":-5}",
            "{\"indicator\":\"x\",\"value\":\"NaN\",\"measuredOn\":\"2026-01-01\"}", "{\"indicator\":\"x\",\"value\":1e400,\"measuredOn\":\"2026-01-01\"}",
            "{\"title\":\"\\ud800\",\"level\":\"orientation\"}", "{\"collaborators\":[null],\"fromVersion\":0,\"title\":\"x\"}",
            "{\"collaborators\":\"x\",\"fromVersion\":0,\"title\":\"x\"}", "{\"title\":null,\"fromVersion\":0}",
            "{\"fieldsOfAction\":[\"INCONNU\"],\"fromVersion\":0,\"title\":\"x\"}", "{\"template\":\"nope\",\"title\":\"x\",\"period\":\"x\"}",
            "{\"from\":999999999,\"title\":\"x\",\"period\":\"x\"}", "{\"slug\":\"../../etc\",\"displayName\":\"x\",\"region\":\"x\",\"kind\":\"LOCAL_TABLE\"}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
            "{\"title\":\"" + "é".repeat(200_000) + "\",\"level\":\"orientation\"}", "{\"collaborators\":[" + "\"x\",".repeat(50_000) + "\"x\"],\"fromVersion\":0,\"title\":\"x\"}");

    private static final Api api = new Api();
    private static final List<String> failures = new ArrayList<>();
    private static int probes;
    private static int refused;
    private static int serverErrors;

    private static List<Endpoint> endpoints;
    private static Map<String, List<String>> matrix;

    /** An operation of the contract; {@code mediaType}: what its body is (JSON for all but the imports of files). */
    record Endpoint(String method, String path, boolean takesBody, String mediaType) {
        String key() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        String body() {
            return takesBody ? SAMPLES.get(key()) : null;
        }

        /** The address with the plan's and element's numbers; sections and milestones get the element's (none such: 404). */
        String address(long plan, long element) {
            return API + path.replace("{id}", String.valueOf(plan)).replace("{planId}", String.valueOf(plan))
                    .replace("{elementId}", String.valueOf(element)).replace("{sectionId}", String.valueOf(element))
                    .replace("{milestoneId}", String.valueOf(element)).replace("{code}", "sonde-attaque")
                    .replace("{level}", "sonde");
        }
    }

    @BeforeAll
    static void readTheContractAndTheMatrix() throws IOException {
        JsonObject contract = Json.createReader(new StringReader(api.getWithoutLogin(API + "/openapi?format=JSON").body())).readObject();
        endpoints = new ArrayList<>();
        contract.getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(method -> List.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> endpoints.add(endpoint(method, path, operations.asJsonObject().getJsonObject(method)))));
        matrix = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "security.md"))) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                matrix.put(row.group(1) + " " + row.group(2), List.of(row.group(3).split("\\|")).stream().map(String::strip).toList());
            }
        }
        assertThat(endpoints).as("the API's contract").hasSizeGreaterThan(10);
        // The template the probes of /api/platform/templates/{code} change (and at last delete): never one a plan uses.
        api.post(API + "/api/platform/templates", api.token("admin.plateforme"), "{\"code\":\"sonde-attaque\",\"nameFr\":\"Sonde\","
                + "\"nameEn\":\"Probe\",\"kind\":{\"fr\":\"Sonde\",\"en\":\"Probe\"},\"levels\":[{\"code\":\"sonde\","
                + "\"nameFr\":\"Sonde\",\"nameEn\":\"Probe\"}]}");
    }

    private static Endpoint endpoint(String method, String path, JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        String mediaType = body == null || !body.containsKey("content") ? "application/json"
                : body.getJsonObject("content").keySet().iterator().next();
        return new Endpoint(method.toUpperCase(java.util.Locale.ROOT), path, body != null, mediaType);
    }

    @BeforeEach
    void noFailureYet() {
        failures.clear();
    }

    @AfterAll
    static void printFigures() {
        System.out.printf("ATTACK SUITE: %d endpoints, %d probes, %d refused (4xx), %d answers of 5xx%n", endpoints.size(), probes,
                refused, serverErrors);
    }

    @Test
    void everyEndpointHasARowInTheRoleMatrixAndEveryRoleGetsWhatItSays() {
        assertThat(endpoints).allSatisfy(endpoint -> assertThat(matrix).as("docs/security.md has a row for " + endpoint.key())
                .containsKey(endpoint.key()));
        String coordinator = api.token("coordination.monteregie");
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, api.token(role)));

        for (Endpoint endpoint : endpoints) {
            assertThat(!endpoint.takesBody() || SAMPLES.containsKey(endpoint.key())).as("a sample body for " + endpoint.key()).isTrue();
            for (int role = 0; role < ROLES.size(); role++) {
                long[] target = draftWithAnElement(coordinator);
                String expected = matrix.get(endpoint.key()).get(role);
                HttpResponse<String> answer = probe(endpoint, endpoint.address(target[0], target[1]), tokens.get(ROLES.get(role)),
                        endpoint.body());
                if (expected.equals("✓")) {
                    check(answer.statusCode() != 403 && answer.statusCode() < 500, ROLES.get(role) + " " + endpoint.key()
                            + " is allowed: " + answer.statusCode() + " " + answer.body());
                } else {
                    // "lead": the element probed has no lead, so a partner is refused on it.
                    check(answer.statusCode() == 403, ROLES.get(role) + " " + endpoint.key() + " is refused: " + answer.statusCode()
                            + " " + answer.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anotherBodysNumbersAnswerNotFoundAndWriteNothingAnywhere() {
        String monteregie = api.token("coordination.monteregie");
        String capitale = api.token("coordination.capitale");
        long[] theirs = numbersOnlyMonteregieHas(monteregie);
        Map<String, String> monteregieBefore = Database.contents("t_monteregie");
        Map<String, String> capitaleBefore = Database.contents("t_capitale_nationale");

        for (Endpoint endpoint : endpoints) {
            // The platform's templates are no body's: every body's coordinators read them.
            if (endpoint.path().contains("{") && !endpoint.path().startsWith("/api/platform")) {
                HttpResponse<String> answer = probe(endpoint, endpoint.address(theirs[0], theirs[1]), capitale,
                        endpoint.body());
                check(answer.statusCode() == 404, endpoint.key() + " with Montérégie's numbers: " + answer.statusCode() + " " + answer.body());
            }
        }

        assertThat(Database.contents("t_monteregie")).isEqualTo(monteregieBefore);
        assertThat(Database.contents("t_capitale_nationale")).isEqualTo(capitaleBefore);
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreRefusedNeverAFault() {
        String coordinator = api.token("coordination.monteregie");
        String admin = api.token("admin.plateforme");
        for (Endpoint endpoint : endpoints.stream().filter(Endpoint::takesBody).toList()) {
            String token = endpoint.path().startsWith("/api/platform") ? admin : coordinator;
            long[] target = draftWithAnElement(coordinator);
            for (String body : MALFORMED) {
                HttpResponse<String> answer = probe(endpoint.method(), endpoint.address(target[0], target[1]), token, body);
                check(answer.statusCode() >= 400 && answer.statusCode() < 500, endpoint.key() + " with "
                        + body.substring(0, Math.min(60, body.length())) + ": " + answer.statusCode());
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                HttpResponse<String> answer = count(api.call(endpoint.method(), endpoint.address(target[0], target[1]), token, type,
                        SAMPLES.get(endpoint.key())));
                check(answer.statusCode() == 415, endpoint.key() + " as " + type + ": " + answer.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static HttpResponse<String> probe(String method, String url, String token, String body) {
        return count(api.call(method, url, token, body == null ? null : "application/json", body));
    }

    private static HttpResponse<String> probe(Endpoint endpoint, String url, String token, String body) {
        return count(api.call(endpoint.method(), url, token, body == null ? null : endpoint.mediaType(), body));
    }

    /** Counts an answer, and checks what every answer owes: no fault's details, the security headers. */
    private static HttpResponse<String> count(HttpResponse<String> answer) {
        probes++;
        if (answer.statusCode() >= 500) {
            serverErrors++;
        } else if (answer.statusCode() >= 400) {
            refused++;
            check(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    answer.uri() + " refused as a problem: " + answer.headers().firstValue("Content-Type"));
        }
        check(!answer.body().contains("\tat ") && !answer.body().contains("Exception"), answer.uri() + " tells nothing of the inside");
        check(answer.headers().firstValue("X-Content-Type-Options").isPresent()
                && answer.headers().firstValue("X-Frame-Options").isPresent(), answer.uri() + " carries the security headers");
        return answer;
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            failures.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    /** A fresh draft plan of Montérégie with one element: the target of one probe. */
    private static long[] draftWithAnElement(String coordinator) {
        long plan = Api.id(api.post(API + "/api/plans", coordinator, SAMPLES.get("POST /api/plans")), 201);
        long element = Api.id(api.post(API + "/api/plans/" + plan + "/elements", coordinator, SAMPLES.get("POST /api/plans/{planId}/elements")), 201);
        return new long[] {plan, element};
    }

    /** A plan and one of its elements whose numbers exist in Montérégie and not in Capitale-Nationale. */
    private static long[] numbersOnlyMonteregieHas(String coordinator) {
        for (int attempt = 0; attempt < 40; attempt++) {
            List<Long> row = Database.firstRow("SELECT e.plan_id, e.id FROM t_monteregie.plan_element e"
                    + " WHERE e.plan_id NOT IN (SELECT id FROM t_capitale_nationale.plan)"
                    + " AND e.id NOT IN (SELECT id FROM t_capitale_nationale.plan_element) ORDER BY e.id DESC LIMIT 1");
            if (!row.isEmpty()) {
                return new long[] {row.get(0), row.get(1)};
            }
            long[] made = draftWithAnElement(coordinator);
            for (int more = 0; more < 20; more++) {
                api.post(API + "/api/plans/" + made[0] + "/elements", coordinator, SAMPLES.get("POST /api/plans/{planId}/elements"));
            }
        }
        throw new AssertionError("no numbers of Montérégie unknown to Capitale-Nationale");
    }

}
