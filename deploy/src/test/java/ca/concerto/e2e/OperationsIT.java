package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an operator relies on: health that says whether PostgreSQL and Keycloak answer, metrics to scrape,
 * the API's contract, and a PostgreSQL restart under load that loses nothing a client was told was saved.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    private static final String PLANS = Platform.URL + "/api/plans";
    private final Api api = new Api();

    @Test
    @Order(1)
    void healthChecksKeycloakAtStartAndTheDatabaseForReadinessAndMetricsCountRequestsAndPools() {
        String coordinator = api.token("coordination.capitale");
        api.get(PLANS, coordinator);

        HttpResponse<String> started = api.getWithoutLogin(Platform.MANAGEMENT_URL + "/health/started");
        HttpResponse<String> ready = api.getWithoutLogin(Platform.MANAGEMENT_URL + "/health/ready");
        HttpResponse<String> live = api.getWithoutLogin(Platform.MANAGEMENT_URL + "/health/live");
        HttpResponse<String> metrics = api.getWithoutLogin(Platform.MANAGEMENT_URL + "/metrics");
        HttpResponse<String> contract = api.getWithoutLogin(Platform.URL + "/openapi");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("\"name\":\"keycloak\",\"status\":\"UP\"");
        // Keycloak is not asked for readiness: its outage must not take every node out of service.
        assertThat(ready.body()).contains("\"name\":\"postgresql\",\"status\":\"UP\"").doesNotContain("keycloak");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("concerto_api_requests_seconds_count\\{[^}]*endpoint=\"PlansResource.list\"[^}]*status=\"200\"")
                .containsPattern("concerto_bodies\\{[^}]*\\} [1-9]")
                .containsPattern("datasources_pool_\\w+\\{[^}]*name=\"ConcertoDS\"");
        assertThat(contract.statusCode()).isEqualTo(200);
        assertThat(contract.body()).contains("/api/plans/{id}/adoption:", "/api/plans/{planId}/elements/{elementId}/progress:",
                "/api/platform/tenants:");
    }

    @Test
    @Order(2)
    void aDatabaseRestartUnderLoadLosesNothingAClientWasToldWasSavedAndAnswersAgainWithinTenSeconds() throws Exception {
        String coordinator = api.token("coordination.capitale");
        long plan = Api.id(api.post(PLANS, coordinator, "{\"template\":\"work-plan\",\"title\":\"Redémarrage " + System.nanoTime()
                + "\",\"period\":\"2025-2026\"}"), 201);
        String elements = PLANS + "/" + plan + "/elements";
        Map<String, Integer> writes = new ConcurrentHashMap<>();
        List<Integer> readStatuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> unclean = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            int number = client;
            load.add(clients.submit(() -> {
                for (int request = 0; running.get(); request++) {
                    String title = "Orientation " + number + "-" + request;
                    HttpResponse<String> write = api.post(elements, coordinator, "{\"level\":\"orientation\",\"title\":\"" + title + "\"}");
                    writes.put(title, write.statusCode());
                    HttpResponse<String> read = api.get(PLANS + "/" + plan, coordinator);
                    readStatuses.add(read.statusCode());
                    for (HttpResponse<String> answer : List.of(write, read)) {
                        if (answer.statusCode() >= 500 && !(answer.statusCode() == 503
                                && answer.body().contains("\"code\":\"UNAVAILABLE\"") && !answer.body().contains("\tat "))) {
                            unclean.add(answer.statusCode() + " " + answer.body());
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(2_000);

        Platform.Script restart = Platform.script("restart-database");
        long restarted = System.nanoTime();
        long answeredAgain = waitForAnAnswer(PLANS + "/" + plan, coordinator);
        Thread.sleep(2_000);
        running.set(false);
        for (Future<?> client : load) {
            client.get();
        }
        clients.shutdown();
        waitForKeycloak();

        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(unclean).as("every failure during the restart is a clean 503").isEmpty();
        assertThat((answeredAgain - restarted) / 1_000_000).as("ms until the platform answered again").isLessThan(10_000);
        String saved = api.get(PLANS + "/" + plan, coordinator).body();
        List<String> acknowledged = writes.entrySet().stream().filter(write -> write.getValue() == 201).map(Map.Entry::getKey).toList();
        assertThat(acknowledged).as("writes before and after the restart").hasSizeGreaterThan(4);
        assertThat(acknowledged).allSatisfy(title -> assertThat(saved).contains("\"title\":\"" + title + "\""));
        assertThat(writes.values()).as("saved, lost a race for a place among siblings, or refused during the restart")
                .containsOnly(201, 409, 503);
        System.out.printf("Database restart under load: writes by status %s, reads by status %s, answered again %d ms after the restart%n",
                count(writes.values()), count(readStatuses), (answeredAgain - restarted) / 1_000_000);
    }

    /**
     * Keycloak shares the PostgreSQL server: each of its pooled connections fails once after the restart
     * before its pool drops it. The tests that follow log in again.
     */
    private void waitForKeycloak() throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                api.token("coordination.capitale");
                return;
            } catch (IllegalStateException notYet) {
                Thread.sleep(1_000);
            }
        }
    }

    private static Map<Integer, Long> count(java.util.Collection<Integer> statuses) {
        synchronized (statuses) {
            return new java.util.TreeMap<>(statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                    java.util.stream.Collectors.counting())));
        }
    }

    private long waitForAnAnswer(String url, String token) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (api.get(url, token).statusCode() == 200) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        return Long.MAX_VALUE;
    }

}
