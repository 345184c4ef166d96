package ca.concerto.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** What a save sends back for an element read from the API: its texts as they are, from the version read. */
final class Elements {

    private Elements() {
    }

    static String unchanged(String element) {
        try (JsonReader reader = Json.createReader(new StringReader(element))) {
            JsonObject read = reader.readObject();
            JsonObjectBuilder change = Json.createObjectBuilder().add("fromVersion", read.getInt("version"))
                    .add("title", read.getString("title")).add("comment", "Banc d'essai : enregistré sans changement");
            for (String text : new String[] {"description", "lead", "expectedResults", "number"}) {
                change.add(text, read.get(text));
            }
            change.add("schedule", read.isNull("schedule") ? JsonValue.NULL : read.getJsonObject("schedule").get("text"));
            for (String list : new String[] {"collaborators", "fieldsOfAction", "resultIndicators", "targetGroups"}) {
                change.add(list, read.get(list));
            }
            return change.build().toString();
        }
    }
}
