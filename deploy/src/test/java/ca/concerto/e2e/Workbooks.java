package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small draft plan of Montérégie's, its activities workbook, and the edits a person makes to it in Excel. */
record Workbooks(Api api, String coordinator) {

    /** A draft with an axis, an orientation, an objective, an action and its two activities. */
    long draftPlan() {
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

    long add(long plan, Long parent, String level, String title, String schedule) {
        return Api.id(api.post(Platform.URL + "/api/plans/" + plan + "/elements", coordinator, "{" + (parent == null ? "" : "\"parentId\":"
                + parent + ",") + "\"level\":\"" + level + "\",\"title\":\"" + title + "\"" + (schedule == null ? "" : ",\"schedule\":\""
                + schedule + "\"") + "}"), 201);
    }

    String title(long plan, long element) {
        return api.elements(coordinator, plan).stream().filter(found -> found.getJsonNumber("id").longValue() == element)
                .findFirst().orElseThrow().getString("title");
    }

    static String elementUrl(long plan, long element) {
        return Platform.URL + "/api/plans/" + plan + "/elements/" + element;
    }

    static String activities(long plan) {
        return Platform.URL + "/api/plans/" + plan + "/activities";
    }

    byte[] download(long plan) {
        HttpResponse<byte[]> workbook = api.download(activities(plan) + ".xlsx", coordinator);
        assertThat(workbook.statusCode()).isEqualTo(200);
        return workbook.body();
    }

    /** The workbook as Excel would save it after the person's edits on its first sheet. */
    static byte[] edit(byte[] workbook, Consumer<Sheet> edits) throws IOException {
        try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.accept(opened.getSheetAt(0));
            opened.write(out);
            return out.toByteArray();
        }
    }

    static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, String header) {
        Row line = sheet.getRow(row);
        int column = column(sheet, header);
        return line.getCell(column) == null ? line.createCell(column) : line.getCell(column);
    }

    static int column(Sheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

}
