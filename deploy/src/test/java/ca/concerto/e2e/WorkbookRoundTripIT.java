package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    @Test
    void aCellChangedARowAddedAndARowDeletedComeBackAsExactlyThoseChangesInOneRevision() throws IOException {
        long plan = draftPlan();
        byte[] edited = edit(download(plan), sheet -> {
            cell(sheet, 1, "Porteur").setCellValue("Table régionale des partenaires");
            sheet.removeRow(sheet.getRow(2));
            Row added = sheet.createRow(3);
            added.createCell(column(sheet, "Sous")).setCellValue("AXE 1 › 1.1 › 1.1.1 › 1");
            added.createCell(column(sheet, "Libellé")).setCellValue("Former les éducatrices à l'éveil à la lecture.");
            added.createCell(column(sheet, "Échéancier")).setCellValue("Hiver 2019");
        });

        HttpResponse<String> preview = api.upload(activities(plan) + "/preview?name=activites.xlsx", coordinator, XLSX, edited);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonObject changes = (JsonObject) Api.json(preview);
        assertThat(changes.getJsonArray("problems")).isEmpty();
        assertThat(kinds(changes)).containsExactly("CHANGED", "ADDED", "REMOVED");
        assertThat(changes.getJsonArray("changes").getJsonObject(0).getJsonArray("fields").getJsonObject(0).getString("workbook"))
                .isEqualTo("Table régionale des partenaires");
        assertThat(changes.getJsonArray("changes").getValuesAs(JsonObject.class)).noneMatch(change -> change.getBoolean("conflicting"));

        HttpResponse<String> applied = api.upload(activities(plan) + "?name=activites.xlsx", coordinator, XLSX, edited);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        List<JsonObject> elements = api.elements(coordinator, plan);
        assertThat(elements).extracting(element -> element.getString("title")).containsExactly("SOUTENIR LE DÉVELOPPEMENT GLOBAL",
                "Faire connaître les succès", "Promouvoir les SGÉE", "Explorer les collaborations possibles",
                "Inviter l'AQCPÉ à présenter le projet.", "Former les éducatrices à l'éveil à la lecture.");
        assertThat(elements.get(4).getString("lead")).isEqualTo("Table régionale des partenaires");
        assertThat(elements.get(5).getJsonObject("schedule").getString("text")).isEqualTo("Hiver 2019");
        assertThat(Database.firstRow("SELECT count(DISTINCT r.id) FROM t_monteregie.revision r JOIN t_monteregie.plan_element_aud a"
                + " ON a.rev = r.id WHERE r.kind = 'IMPORT' AND a.plan_id = " + plan)).containsExactly(1L);

        HttpResponse<String> again = api.upload(activities(plan) + "?name=activites.xlsx", coordinator, XLSX, edited);
        assertThat(again.statusCode()).as("the same workbook twice: its added row is there already").isEqualTo(409);
        assertThat(api.elements(coordinator, plan)).hasSize(6);
    }

    @Test
    void aStaleWorkbookShowsItsConflictsAndAppliesNothingUntilThePersonChooses() throws IOException {
        long plan = draftPlan();
        byte[] exported = download(plan);
        JsonObject invite = api.elements(coordinator, plan).get(4);
        long inviteId = invite.getJsonNumber("id").longValue();
        HttpResponse<String> meanwhile = api.put(Platform.URL + "/api/plans/" + plan + "/elements/" + inviteId, coordinator,
                "{\"fromVersion\":" + invite.getInt("version") + ",\"title\":\"Inviter l'AQCPÉ au CROC.\",\"comment\":\"Dans Concerto\"}");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
        byte[] edited = edit(exported, sheet -> cell(sheet, 1, "Libellé").setCellValue("Inviter l'AQCPÉ et le MF."));

        JsonObject changes = (JsonObject) Api.json(api.upload(activities(plan) + "/preview", coordinator, XLSX, edited));
        JsonObject conflict = changes.getJsonArray("changes").getJsonObject(0);
        assertThat(conflict.getBoolean("conflicting")).isTrue();
        assertThat(conflict.getJsonArray("fields").getJsonObject(0).getString("now")).isEqualTo("Inviter l'AQCPÉ au CROC.");

        HttpResponse<String> undecided = api.upload(activities(plan), coordinator, XLSX, edited);
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(undecided.body()).contains("UNRESOLVED_CONFLICTS");
        assertThat(api.elements(coordinator, plan).get(4).getString("title")).isEqualTo("Inviter l'AQCPÉ au CROC.");

        assertThat(api.upload(activities(plan) + "?take=" + inviteId, coordinator, XLSX, edited).statusCode()).isEqualTo(200);
        assertThat(api.elements(coordinator, plan).get(4).getString("title")).isEqualTo("Inviter l'AQCPÉ et le MF.");
    }

    @Test
    void anotherPlansOrAnotherBodysWorkbookOrAFileOfAnotherKindChangesNothing() throws IOException {
        long plan = draftPlan();
        long other = draftPlan();
        byte[] workbook = edit(download(plan), sheet -> cell(sheet, 1, "Porteur").setCellValue("Changé"));

        HttpResponse<String> elsewhere = api.upload(activities(other), coordinator, XLSX, workbook);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("UNREADABLE_ANOTHER_PLAN");

        HttpResponse<String> otherBody = api.upload(activities(plan), api.token("coordination.capitale"), XLSX, workbook);
        assertThat(otherBody.statusCode()).as(otherBody.body()).isIn(400, 404);

        HttpResponse<String> notAWorkbook = api.upload(activities(plan), coordinator, XLSX, "pas un classeur".getBytes());
        assertThat(notAWorkbook.statusCode()).isEqualTo(400);
        assertThat(notAWorkbook.body()).contains("UNREADABLE_NOT_A_DOCUMENT");

        assertThat(api.upload(activities(plan), api.token("partenaire.monteregie"), XLSX, workbook).statusCode()).isEqualTo(403);
        assertThat(api.elements(coordinator, plan).get(4).getString("lead")).isEqualTo("Comité exécutif du CROC");
    }

    /** A draft with an axis, an orientation, an objective, an action and its two activities. */
    private long draftPlan() {
        long plan = Api.id(api.post(Platform.URL + "/api/plans", coordinator, """
                {"template":"annual-action-plan","title":"Plan en classeur %d","period":"2018-2019","start":"2018-07-01","end":"2019-06-30"}"""
                .formatted(System.nanoTime())), 201);
        long axis = add(plan, null, "axe", "SOUTENIR LE DÉVELOPPEMENT GLOBAL", null);
        long orientation = add(plan, axis, "orientation", "Faire connaître les succès", null);
        long objective = add(plan, orientation, "objectif", "Promouvoir les SGÉE", null);
        long action = add(plan, objective, "action", "Explorer les collaborations possibles", null);
        long invite = add(plan, action, "activite", "Inviter l'AQCPÉ à présenter le projet.", "Automne 2018");
        add(plan, action, "activite", "Présenter le cadre de référence au CROC.", "Automne 2018 – hiver 2019");
        for (Object[] numbered : new Object[][] {{axis, "AXE 1"}, {orientation, "1.1"}, {objective, "1.1.1"}, {action, "1"}}) {
            assertThat(api.put(elementUrl(plan, (long) numbered[0]), coordinator, "{\"fromVersion\":0,\"number\":\"" + numbered[1]
                    + "\",\"title\":\"" + title(plan, (long) numbered[0]) + "\"}").statusCode()).isEqualTo(200);
        }
        assertThat(api.put(elementUrl(plan, invite), coordinator, "{\"fromVersion\":0,\"title\":\"Inviter l'AQCPÉ à présenter le projet.\","
                + "\"schedule\":\"Automne 2018\",\"lead\":\"Comité exécutif du CROC\"}").statusCode()).isEqualTo(200);
        return plan;
    }

    private long add(long plan, Long parent, String level, String title, String schedule) {
        return Api.id(api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator, "{" + (parent == null ? "" : "\"parentId\":"
                + parent + ",") + "\"level\":\"" + level + "\",\"title\":\"" + title + "\"" + (schedule == null ? "" : ",\"schedule\":\""
                + schedule + "\"") + "}"), 201);
    }

    private String title(long plan, long element) {
        return api.elements(coordinator, plan).stream().filter(found -> found.getJsonNumber("id").longValue() == element)
                .findFirst().orElseThrow().getString("title");
    }

    private static String elementUrl(long plan, long element) {
        return Platform.URL + "/api/plans/" + plan + "/elements/" + element;
    }

    private static String activities(long plan) {
        return Platform.URL + "/api/plans/" + plan + "/activities";
    }

    private byte[] download(long plan) {
        HttpResponse<byte[]> workbook = api.download(activities(plan) + ".xlsx", coordinator);
        assertThat(workbook.statusCode()).isEqualTo(200);
        return workbook.body();
    }

    /** The workbook as Excel would save it after the person's edits on its first sheet. */
    private static byte[] edit(byte[] workbook, Consumer<Sheet> edits) throws IOException {
        try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.accept(opened.getSheetAt(0));
            opened.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, String header) {
        Row line = sheet.getRow(row);
        int column = column(sheet, header);
        return line.getCell(column) == null ? line.createCell(column) : line.getCell(column);
    }

    private static int column(Sheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static List<String> kinds(JsonObject changes) {
        return ((JsonArray) changes.get("changes")).getValuesAs(JsonObject.class).stream().map(change -> change.getString("kind")).toList();
    }
}
