package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concerto's own Word document of each demo plan imports back into the same tree (every element's level, title,
 * description and fields, in order) and the same sections, with the mapping Concerto proposes.
 */
class WordRoundTripIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final Api api = new Api();

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("coordination.monteregie", "Plan d'action annuel 2018-2019", "annual-action-plan"),
                Arguments.of("coordination.monteregie", "Panification année transitoire 2021-2022", "transitional-plan"),
                Arguments.of("coordination.capitale", "Plan de travail 2021-2022", "work-plan"),
                Arguments.of("coordination.capitale", "Concertation régionale en petite enfance Grandissons tous ensemble - Priorités 2024-2029",
                        "five-year-priorities"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("plans")
    void aDemoPlansWordDocumentImportsBackIntoTheSameTreeAndSections(String coordinator, String title, String template) {
        String token = api.token(coordinator);
        long plan = ((JsonArray) Api.json(api.get(Platform.URL + "/api/plans", token))).getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("title").equals(title) && line.getInt("edition") == 1).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject original = (JsonObject) Api.json(api.get(Platform.URL + "/api/plans/" + plan, token));
        byte[] docx = api.download(Platform.URL + "/api/plans/" + plan + "/plan.docx", token).body();

        HttpResponse<String> imported = api.upload(Platform.URL + "/api/plans/imports?template=" + template + "&name=plan.docx", token,
                DOCX, docx);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonObject preview = ((JsonObject) Api.json(imported)).getJsonObject("preview");
        assertThat(preview.getString("title")).as("the title page's title, proposed as the plan's").isEqualTo(title);

        List<String> expected = original.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .map(WordRoundTripIT::fromPlan).toList();
        List<String> actual = new ArrayList<>();
        preview.getJsonArray("tree").getValuesAs(JsonObject.class).forEach(node -> collect(node, actual));
        for (int at = 0; at < Math.max(expected.size(), actual.size()); at++) {
            String want = at < expected.size() ? expected.get(at) : "(none)";
            String got = at < actual.size() ? actual.get(at) : "(none)";
            if (!want.equals(got)) {
                System.out.println("ROUND TRIP " + title + " #" + at + "\n  plan:   " + want + "\n  import: " + got);
                for (int around = Math.max(0, at - 2); around < Math.min(actual.size(), at + 3); around++) {
                    System.out.println("  import #" + around + ": " + actual.get(around));
                }
                break;
            }
        }
        assertThat(actual).isEqualTo(expected);
        // A section without a title of its own is headed by its kind's name in the document; the body's committees
        // today follow a plan without member lists of its own.
        List<JsonObject> kept = original.getJsonArray("sections").getValuesAs(JsonObject.class);
        List<JsonObject> read = preview.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(section -> kept.stream().anyMatch(own -> own.getString("kind").equals("MEMBERS"))
                        || !String.valueOf(text(section, "title")).startsWith("Membres du comité"))
                .toList();
        List<String> readSections = read.stream().map(section -> section.getString("kind") + " | " + text(section, "text")).toList();
        List<String> keptSections = kept.stream().map(section -> section.getString("kind") + " | " + text(section, "text")).toList();
        for (int at = 0; at < Math.min(readSections.size(), keptSections.size()); at++) {
            if (!readSections.get(at).equals(keptSections.get(at))) {
                System.out.println("ROUND TRIP SECTION " + title + " #" + at + "\n  plan:   " + keptSections.get(at).replace("\n", "⏎")
                        + "\n  import: " + readSections.get(at).replace("\n", "⏎"));
                break;
            }
        }
        assertThat(readSections).isEqualTo(keptSections);
        for (int at = 0; at < kept.size(); at++) {
            if (text(kept.get(at), "title") != null) {
                assertThat(text(read.get(at), "title")).isEqualTo(text(kept.get(at), "title"));
            }
        }
    }

    private static String fromPlan(JsonObject element) {
        return line(element.getString("level"), element.getString("title"), text(element, "description"),
                element.isNull("schedule") ? null : element.getJsonObject("schedule").getString("text"), text(element, "lead"),
                element.getJsonArray("collaborators"), element.getJsonArray("resultIndicators"), element.getJsonArray("targetGroups"),
                text(element, "expectedResults"));
    }

    private static void collect(JsonObject node, List<String> into) {
        into.add(line(node.getString("levelCode"), node.getString("title"), text(node, "description"), text(node, "schedule"),
                text(node, "lead"), node.getJsonArray("collaborators"), node.getJsonArray("resultIndicators"),
                node.getJsonArray("targetGroups"), text(node, "expectedResults")));
        node.getJsonArray("children").getValuesAs(JsonObject.class).forEach(child -> collect(child, into));
    }

    private static String line(String level, String title, String description, String schedule, String lead, JsonArray collaborators,
            JsonArray indicators, JsonArray targets, String expected) {
        return String.join(" | ", level, title, String.valueOf(description), String.valueOf(schedule), String.valueOf(lead),
                strings(collaborators), strings(indicators), strings(targets), String.valueOf(expected));
    }

    private static String strings(JsonArray values) {
        return values == null ? "[]" : values.getValuesAs(JsonValue.class).stream()
                .map(value -> value instanceof JsonString text ? text.getString() : value.asJsonObject().getString("name"))
                .toList().toString();
    }

    private static String text(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key) ? null : object.getString(key);
    }
}
