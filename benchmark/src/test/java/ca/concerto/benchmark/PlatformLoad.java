package ca.concerto.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Virtual users on the platform `deploy/concerto start` runs, each logged in through Keycloak's own pages as a
 * person would: one session reading the 2018–2019 plan page over and over, ten sessions at once, one API client
 * reading the same plan, fifty tabs of one session at once, then people of several roles of two bodies reading
 * plans, the dashboard and the history, saving an element and reporting progress. After the load, the raw-SQL
 * floor of the plan page is measured through the same JDBC driver, and the figures and ratios printed (BENCHMARK lines,
 * also in deploy/target/gatling/last-run.txt), Gatling's HTML report beside them.
 */
public class PlatformLoad extends Simulation {

    private static final String URL = System.getProperty("benchmark.url", "http://localhost:8080");
    private static final String KEYCLOAK = System.getProperty("benchmark.keycloak.url", "http://localhost:8180") + "/realms/concerto";
    private static final String DB_URL = System.getProperty("benchmark.db.url", "jdbc:postgresql://127.0.0.1:5433/concerto");
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));
    private static final Path RESULTS = Path.of(System.getProperty("benchmark.results", "target/gatling"));
    private static final String PASSWORD = System.getProperty("benchmark.password", "concerto");
    private static final String ANNUAL_PLAN = "Plan d'action annuel 2018-2019";
    private static final int RUNS = 200;
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup.seconds", 180));

    private final Lookup lookup = new Lookup(URL, KEYCLOAK, PASSWORD);
    private final long annualPlan = lookup.planId("coordination.monteregie", ANNUAL_PLAN);
    private final long draftPlan = lookup.planId("coordination.monteregie", "Panification année transitoire 2021-2022");
    private final long draftElement = lookup.firstItem("coordination.monteregie", draftPlan);
    private final long annualItem = lookup.firstItem("coordination.monteregie", annualPlan);
    private final long capitalePlan = lookup.planId("coordination.capitale", "Plan de travail 2021-2022");
    private final Figures figures = new Figures();
    private volatile String sharedSession;
    private final AtomicInteger tenSessionsIn = new AtomicInteger();
    private final AtomicInteger dailyWorkersIn = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptLanguageHeader("fr-CA,fr;q=0.9")
            .userAgentHeader("Concerto benchmark (Gatling)").disableCaching();

    /** Keycloak's two pages (username, then password), as a person's browser goes through them. */
    private static ChainBuilder logIn() {
        return exec(http("login: Keycloak's page").get("/index.xhtml").check(css("#kc-form-login", "action").saveAs("action")))
                .exec(http("login: username").post("#{action}").formParam("username", "#{username}")
                        .check(css("#kc-form-login", "action").saveAs("action")))
                .exec(http("login: password").post("#{action}").formParam("username", "#{username}")
                        .formParam("password", PASSWORD).check(status().is(200), substring("sessionBar")));
    }

    private static ChainBuilder token() {
        return exec(http("token").post(KEYCLOAK + "/protocol/openid-connect/token")
                .formParam("grant_type", "password").formParam("client_id", "concerto-cli")
                .formParam("username", "#{username}").formParam("password", PASSWORD)
                .check(jsonPath("$.access_token").saveAs("token")));
    }

    /** A request whose response time and outcome the run's figures keep under its name. */
    private ChainBuilder measured(String name, HttpRequestActionBuilder request, CheckBuilder... checks) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")).check(checks)).exec(session -> figures.record(name, session));
    }

    private ChainBuilder planPage(String name, String plan) {
        return measured(name, http(name).get("/plan.xhtml?id=" + plan), status().is(200), substring("plan:tree"));
    }

    /** The phase's requests, counted over the time from its first user's start to its last user's end. */
    private ChainBuilder timed(String phase, ChainBuilder chain) {
        return exec(session -> figures.mark(phase, session)).exec(chain).exec(session -> figures.mark(phase, session));
    }

    /**
     * The figures are those of a warm platform, as people find it during the day: before them, two sessions read the
     * plan page, its dashboard and the API for a while (JIT compilation, pools, caches), measured by nobody.
     */
    private ScenarioBuilder warmUp() {
        return scenario("warm-up").exec(session -> session.set("username", "coordination.monteregie")).exec(token()).exec(logIn())
                .exec(during(WARM_UP).on(exec(http("warm-up: plan page").get("/plan.xhtml?id=" + annualPlan))
                        .exec(http("warm-up: dashboard").get("/dashboard.xhtml?id=" + annualPlan))
                        .exec(http("warm-up: API").get("/api/plans/" + annualPlan).header("Authorization", "Bearer #{token}"))));
    }

    private ScenarioBuilder oneSession() {
        return scenario("plan page, 1 session").exec(session -> session.set("username", "coordination.monteregie"))
                .exec(logIn()).exec(getCookieValue(CookieKey("JSESSIONID"))).exec(session -> {
                    sharedSession = session.getString("JSESSIONID");
                    return session;
                })
                .exec(timed("plan page, 1 session", repeat(RUNS).on(planPage("plan page, 1 session", String.valueOf(annualPlan)))));
    }

    private ScenarioBuilder tenSessions() {
        return scenario("plan page, 10 sessions").exec(session -> session.set("username", "coordination.monteregie"))
                .exec(logIn()).exec(allLoggedIn(tenSessionsIn, 10))
                .exec(timed("plan page, 10 sessions", during(LOAD).on(planPage("plan page, 10 sessions", String.valueOf(annualPlan)))));
    }

    /**
     * Waits until the phase's users have all logged in, so that its figures count them all at work together: logins
     * come two seconds apart, since Keycloak refuses simultaneous logins of one account while brute-force
     * protection is on (keycloak#48272), and a loaded machine may take a second to log one in.
     */
    private static ChainBuilder allLoggedIn(AtomicInteger loggedIn, int users) {
        return exec(session -> {
            loggedIn.incrementAndGet();
            return session;
        }).asLongAs(session -> loggedIn.get() < users).on(pause(Duration.ofMillis(100)));
    }

    private ScenarioBuilder apiClient() {
        return scenario("API, 1 client").exec(session -> session.set("username", "coordination.monteregie")).exec(token())
                .exec(timed("GET /api/plans/{id}, 1 client", repeat(RUNS).on(measured("GET /api/plans/{id}, 1 client",
                        http("GET /api/plans/{id}, 1 client").get("/api/plans/" + annualPlan).header("Authorization", "Bearer #{token}"),
                        status().is(200)))));
    }

    /** A person with many tabs open: fifty requests of the plan page at once in the session the first scenario opened. */
    private ScenarioBuilder fiftyTabs() {
        String host = URI.create(URL).getHost();
        return scenario("plan page, 50 tabs of 1 session")
                .exec(addCookie(Cookie("JSESSIONID", session -> sharedSession).withDomain(host).withPath("/")))
                .exec(timed("plan page, 50 tabs of 1 session", planPage("plan page, 50 tabs of 1 session", String.valueOf(annualPlan))));
    }

    /** People of several roles of two bodies at their daily work, for the load's duration. */
    private ScenarioBuilder dailyWork() {
        Iterator<Map<String, Object>> people = Stream.generate(() -> List.<Map<String, Object>>of(
                Map.of("username", "coordination.monteregie", "plan", annualPlan, "role", "coordinator"),
                Map.of("username", "partenaire.monteregie", "plan", annualPlan, "role", "partner"),
                Map.of("username", "verification.monteregie", "plan", annualPlan, "role", "auditor"),
                Map.of("username", "coordination.capitale", "plan", capitalePlan, "role", "coordinator"),
                Map.of("username", "partenaire.capitale", "plan", capitalePlan, "role", "partner"))).flatMap(List::stream).iterator();
        ChainBuilder read = measured("plans", http("plans").get("/index.xhtml"), status().is(200), substring("plans-title"))
                .exec(planPage("plan page", "#{plan}"))
                .exec(measured("dashboard", http("dashboard").get("/dashboard.xhtml?id=#{plan}"), status().is(200)))
                .doIf(session -> !"partner".equals(session.getString("role")))
                .then(measured("history", http("history").get("/history.xhtml?id=#{plan}"), status().is(200), substring("history:revisions")));
        ChainBuilder write = doIf(session -> "coordination.monteregie".equals(session.getString("username"))).then(
                measured("GET element", http("GET element").get("/api/plans/" + draftPlan + "/elements/" + draftElement)
                        .header("Authorization", "Bearer #{token}"), status().is(200), bodyString().saveAs("element"))
                .exec(measured("save element", http("save element").put("/api/plans/" + draftPlan + "/elements/" + draftElement)
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                        .body(StringBody(session -> Elements.unchanged(session.getString("element")))), status().in(200, 409)))
                .exec(measured("report progress", http("report progress").post("/api/plans/" + annualPlan + "/elements/" + annualItem + "/progress")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                        .body(StringBody("{\"period\":\"2019-Q1\",\"status\":\"IN_PROGRESS\",\"percentComplete\":40,"
                                + "\"note\":\"Banc d'essai\",\"fromVersion\":null}")), status().in(200, 201, 409))));
        return scenario("daily work, several roles and bodies").feed(people).exec(token()).exec(logIn())
                .exec(allLoggedIn(dailyWorkersIn, 10)).exec(timed("daily work", during(LOAD).on(read.exec(write))));
    }

    {
        setUp(warmUp().injectOpen(rampUsers(2).during(Duration.ofSeconds(4)))
                .andThen(oneSession().injectOpen(atOnceUsers(1)))
                .andThen(tenSessions().injectOpen(rampUsers(10).during(Duration.ofSeconds(20))))
                .andThen(apiClient().injectOpen(atOnceUsers(1)))
                .andThen(fiftyTabs().injectOpen(atOnceUsers(50)))
                .andThen(dailyWork().injectOpen(rampUsers(10).during(Duration.ofSeconds(20)))))
                .protocols(protocol);
    }

    /** The floor in the same run, the platform idle again: one client, then ten, through the same JDBC driver; the figures. */
    @Override
    public void after() {
        try {
            RawSqlFloor floor = new RawSqlFloor(DB_URL, "monteregie", annualPlan);
            RawSqlFloor.Measure one = floor.oneClient(RUNS);
            double ten = floor.throughput(10, 10);
            List<String> report = new java.util.ArrayList<>(figures.lines());
            report.add(String.format(Locale.ROOT, "raw-SQL floor, the plan's tree with every field its page shows (%d rows) in one "
                    + "query: 1 client median %.1f ms, p99 %.1f ms; 10 clients %.0f per second", one.rows(), one.medianMillis(),
                    one.p99Millis(), ten));
            report.add(String.format(Locale.ROOT, "ratio plan page, 1 session, median / floor: %.1f× (goal ≤ 5×)",
                    figures.median("plan page, 1 session") / one.medianMillis()));
            report.add(String.format(Locale.ROOT, "ratio plan page, 10 sessions: %.0f per second, floor's %.0f: %.1f× fewer (goal ≥ 100 per second)",
                    figures.perSecond("plan page, 10 sessions"), ten, ten / Math.max(0.1, figures.perSecond("plan page, 10 sessions"))));
            report.add(String.format(Locale.ROOT, "ratio GET /api/plans/{id}, 1 client, median / floor: %.1f× (goal ≤ 2×)",
                    figures.median("GET /api/plans/{id}, 1 client") / one.medianMillis()));
            report.forEach(line -> System.out.println("BENCHMARK " + line));
            Files.createDirectories(RESULTS);
            Files.write(RESULTS.resolve("last-run.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
