package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/**
 * The activities workbook a coordinator downloads, edits in Excel and imports back: a cell changed, a row added
 * and a row deleted are exactly the changes, in one revision; a workbook that is stale shows its conflicts and
 * applies nothing until the person chooses; another plan's or another body's workbook changes nothing.
 */
class WorkbookRoundTripIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Api api = new Api();
    private final String coordinator = api.token("coordination.monteregie");
    private final Workbooks workbooks = new Workbooks(api, coordinator);

    @Test
    void aCellChangedARowAddedAndARowDeletedComeBackAsExactlyThoseChangesInOneRevision() throws IOException {
        long plan = workbooks.draftPlan();
        byte[] edited = Workbooks.edit(workbooks.download(plan), sheet -> {
            Workbooks.cell(sheet, 1, "Porteur").setCellValue("Table régionale des partenaires");
            sheet.removeRow(sheet.getRow(2));
            Row added = sheet.createRow(3);
            added.createCell(Workbooks.column(sheet, "Sous")).setCellValue("AXE 1 › 1.1 › 1.1.1 › 1");
            added.createCell(Workbooks.column(sheet, "Libellé")).setCellValue("Former les éducatrices à l'éveil à la lecture.");
            added.createCell(Workbooks.column(sheet, "Échéancier")).setCellValue("Hiver 2019");
        });

        HttpResponse<String> preview = api.upload(Workbooks.activities(plan) + "/preview?name=activites.xlsx", coordinator, XLSX, edited);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonObject changes = (JsonObject) Api.json(preview);
        assertThat(changes.getJsonArray("problems")).isEmpty();
        assertThat(kinds(changes)).containsExactly("CHANGED", "ADDED", "REMOVED");
        assertThat(changes.getJsonArray("changes").getJsonObject(0).getJsonArray("fields").getJsonObject(0).getString("workbook"))
                .isEqualTo("Table régionale des partenaires");
        assertThat(changes.getJsonArray("changes").getValuesAs(JsonObject.class)).noneMatch(change -> change.getBoolean("conflicting"));

        HttpResponse<String> applied = api.upload(Workbooks.activities(plan) + "?name=activites.xlsx", coordinator, XLSX, edited);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        List<JsonObject> elements = api.elements(coordinator, plan);
        assertThat(elements).extracting(element -> element.getString("title")).containsExactly("SOUTENIR LE DÉVELOPPEMENT GLOBAL",
                "Faire connaître les succès", "Promouvoir les SGÉE", "Explorer les collaborations possibles",
                "Inviter l'AQCPÉ à présenter le projet.", "Former les éducatrices à l'éveil à la lecture.");
        assertThat(elements.get(4).getString("lead")).isEqualTo("Table régionale des partenaires");
        assertThat(elements.get(5).getJsonObject("schedule").getString("text")).isEqualTo("Hiver 2019");
        assertThat(Database.firstRow("SELECT count(DISTINCT r.id) FROM t_monteregie.revision r JOIN t_monteregie.plan_element_aud a"
                + " ON a.rev = r.id WHERE r.kind = 'IMPORT' AND a.plan_id = " + plan)).containsExactly(1L);

        HttpResponse<String> again = api.upload(Workbooks.activities(plan) + "?name=activites.xlsx", coordinator, XLSX, edited);
        assertThat(again.statusCode()).as("the same workbook twice: its added row is there already").isEqualTo(409);
        assertThat(api.elements(coordinator, plan)).hasSize(6);
    }

    @Test
    void aStaleWorkbookShowsItsConflictsAndAppliesNothingUntilThePersonChooses() throws IOException {
        long plan = workbooks.draftPlan();
        byte[] exported = workbooks.download(plan);
        JsonObject invite = api.elements(coordinator, plan).get(4);
        long inviteId = invite.getJsonNumber("id").longValue();
        HttpResponse<String> meanwhile = api.put(Platform.URL + "/api/plans/" + plan + "/elements/" + inviteId, coordinator,
                "{\"fromVersion\":" + invite.getInt("version") + ",\"title\":\"Inviter l'AQCPÉ au CROC.\",\"comment\":\"Dans Concerto\"}");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
        byte[] edited = Workbooks.edit(exported, sheet -> Workbooks.cell(sheet, 1, "Libellé").setCellValue("Inviter l'AQCPÉ et le MF."));

        JsonObject changes = (JsonObject) Api.json(api.upload(Workbooks.activities(plan) + "/preview", coordinator, XLSX, edited));
        JsonObject conflict = changes.getJsonArray("changes").getJsonObject(0);
        assertThat(conflict.getBoolean("conflicting")).isTrue();
        assertThat(conflict.getJsonArray("fields").getJsonObject(0).getString("now")).isEqualTo("Inviter l'AQCPÉ au CROC.");

        HttpResponse<String> undecided = api.upload(Workbooks.activities(plan), coordinator, XLSX, edited);
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(undecided.body()).contains("UNRESOLVED_CONFLICTS");
        assertThat(api.elements(coordinator, plan).get(4).getString("title")).isEqualTo("Inviter l'AQCPÉ au CROC.");

        assertThat(api.upload(Workbooks.activities(plan) + "?take=" + inviteId, coordinator, XLSX, edited).statusCode()).isEqualTo(200);
        assertThat(api.elements(coordinator, plan).get(4).getString("title")).isEqualTo("Inviter l'AQCPÉ et le MF.");
    }

    @Test
    void anotherPlansOrAnotherBodysWorkbookOrAFileOfAnotherKindChangesNothing() throws IOException {
        long plan = workbooks.draftPlan();
        long other = workbooks.draftPlan();
        byte[] workbook = Workbooks.edit(workbooks.download(plan), sheet -> Workbooks.cell(sheet, 1, "Porteur").setCellValue("Changé"));

        HttpResponse<String> elsewhere = api.upload(Workbooks.activities(other), coordinator, XLSX, workbook);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("UNREADABLE_ANOTHER_PLAN");

        HttpResponse<String> otherBody = api.upload(Workbooks.activities(plan), api.token("coordination.capitale"), XLSX, workbook);
        assertThat(otherBody.statusCode()).as(otherBody.body()).isIn(400, 404);

        HttpResponse<String> notAWorkbook = api.upload(Workbooks.activities(plan), coordinator, XLSX, "pas un classeur".getBytes());
        assertThat(notAWorkbook.statusCode()).isEqualTo(400);
        assertThat(notAWorkbook.body()).contains("UNREADABLE_NOT_A_DOCUMENT");

        assertThat(api.upload(Workbooks.activities(plan), api.token("partenaire.monteregie"), XLSX, workbook).statusCode()).isEqualTo(403);
        assertThat(api.elements(coordinator, plan).get(4).getString("lead")).isEqualTo("Comité exécutif du CROC");
    }

    private static List<String> kinds(JsonObject changes) {
        return ((JsonArray) changes.get("changes")).getValuesAs(JsonObject.class).stream().map(change -> change.getString("kind")).toList();
    }
}
