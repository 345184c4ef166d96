package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The activities download opens in Excel (read here with Apache POI) with every activity, accents intact. */
class ExportIT {

    private final Api api = new Api();

    @Test
    void theAnnualPlansActivitiesDownloadAsAWorkbook() throws IOException {
        String token = api.token("partenaire.monteregie");
        long plan = annualPlan(token);
        String coordinator = api.token("coordination.monteregie");
        api.reportSharingDayHeld(coordinator, plan);

        HttpResponse<byte[]> download = api.download(Platform.URL + "/api/plans/" + plan + "/activities.xlsx", token);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename*=UTF-8''Plan%20d%27action%20annuel%202018-2019.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheet("Activités");
            List<List<String>> rows = new ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
                rows.add(cells);
            }
            assertThat(rows.get(0)).startsWith("Sous", "Niveau", "Numéro", "Libellé", "Description", "Échéancier", "Début", "Fin",
                    "Porteur");
            assertThat(rows).as("25 actions and 63 activities, under a line of titles").hasSize(1 + 25 + 63);
            List<String> sharingDay = rows.stream().filter(row -> row.get(3).equals("Réaliser la journée de partage."))
                    .findFirst().orElseThrow();
            assertThat(sharingDay).containsSequence("10 octobre 2018", "2018-10-10", "2018-10-10");
            assertThat(rows.get(0)).contains("Dernier suivi", "Avancement (%)", "Note de suivi");
            Row sharingRow = sheet.getRow(rows.indexOf(sharingDay));
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sharingRow.getCell(6))).as("a real date").isTrue();
            assertThat(sharingRow.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2018, 10, 10));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sharingDay.subList(13, 16)).containsExactly("2018-Q4 — Réalisé", "100", "Journée tenue le 10 octobre.");
            assertThat(sharingDay.get(0)).isEqualTo("AXE 1 › 1.1 › 1.1.2 OBJECTIF › 2");
            assertThat(rows).anySatisfy(row -> assertThat(row.get(9)).contains(
                    "Fédération québécoise des organismes communautaires Famille (FQOCF)"));
        }
    }

    @Test
    void thePlanDownloadsAsAWordDocumentLaidOutLikeTheBodysOwn() throws IOException {
        String token = api.token("partenaire.monteregie");
        HttpResponse<byte[]> download = api.download(Platform.URL + "/api/plans/" + annualPlan(token) + "/plan.docx", token);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename*=UTF-8''Plan%20d%27action%20annuel%202018-2019.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Plan d'action annuel 2018-2019", "Adopté le 24 mai 2018 par Comité régional Opération Colibri");
            assertThat(paragraphs).anySatisfy(text -> assertThat(text).startsWith("AXE 1 — SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT"));
            List<String> rows = document.getTables().stream().flatMap(table -> table.getRows().stream())
                    .map(row -> row.getCell(0).getText() + " | " + row.getCell(1).getText()).toList();
            assertThat(rows).contains("Activité — Réaliser la journée de partage. | 10 octobre 2018");
            assertThat(rows.stream().filter(row -> row.startsWith("Action")).count()).isEqualTo(25);
            assertThat(rows.stream().filter(row -> row.startsWith("Activité —")).count()).isEqualTo(63);

            // Real headings: Word's navigation pane and table of contents follow the plan's tree.
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getParagraphs()).filteredOn(paragraph -> "Heading1".equals(paragraph.getStyleID()))
                    .extracting(XWPFParagraph::getText).anySatisfy(text -> assertThat(text).startsWith("AXE 1 — SOUTENIR"))
                    .anySatisfy(text -> assertThat(text).isEqualTo("CRÉDITS ET REMERCIEMENTS"));
            assertThat(document.getParagraphs()).filteredOn(paragraph -> "Heading2".equals(paragraph.getStyleID()))
                    .extracting(XWPFParagraph::getText).anySatisfy(text -> assertThat(text).startsWith("ORIENTATION 1.1 — "));
            assertThat(document.getDocument().xmlText()).contains("TOC \\o");
            assertThat(document.getHeaderList()).singleElement().extracting(header -> header.getText())
                    .asString().contains("Comité régional Opération Colibri — Montérégie — Plan d'action annuel 2018-2019 — version 1");
            assertThat(document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE", "NUMPAGES", "Page ", " de ");
            assertThat(document.getTables().get(document.getTables().size() - 1).getCTTbl().getTblGrid().getGridColArray(0).getW())
                    .as("the wording column's width").isEqualTo(java.math.BigInteger.valueOf(4406));
        }
    }

    @Test
    void aPlanThatFillsFewFieldsPrintsOnlyTheirColumns() throws IOException {
        String token = api.token("coordination.capitale");
        long plan = api.planId(token, "Plan de travail 2021-2022");
        HttpResponse<byte[]> docx = api.download(Platform.URL + "/api/plans/" + plan + "/plan.docx", token);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(document.getTables()).isNotEmpty().allSatisfy(table -> {
                String headers = table.getRow(0).getTableCells().stream().map(cell -> cell.getText()).toList().toString();
                assertThat(headers).startsWith("[Libellé").doesNotContain("Groupes cibles", "Indicateurs de résultats");
            });
        }
    }

    @Test
    void documentsComeInTheLanguageChosenInTheAppWhateverTheBrowserSays() throws IOException {
        String token = api.token("partenaire.monteregie");
        long plan = annualPlan(token);
        HttpResponse<byte[]> docx = api.download(Platform.URL + "/api/plans/" + plan + "/plan.docx?lang=en", token);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains("Contents");
            assertThat(document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("Page ", " of ");
        }
        HttpResponse<byte[]> pdf = api.download(Platform.URL + "/api/plans/" + plan + "/plan.pdf?lang=en", token);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Page 1 of " + document.getNumberOfPages(), "Adopted");
        }
        HttpResponse<byte[]> xlsx = api.download(Platform.URL + "/api/plans/" + plan + "/activities.xlsx?lang=en", token);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("Activities").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Wording");
        }
    }

    @Test
    void thePlanDownloadsAsAPdfWhoseTextKeepsItsAccents() throws IOException {
        String token = api.token("partenaire.monteregie");
        HttpResponse<byte[]> download = api.download(Platform.URL + "/api/plans/" + annualPlan(token) + "/plan.pdf", token);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            assertThat(text).contains("Plan d'action annuel 2018-2019", "Adopté le 24 mai 2018",
                    "AXE 1 — SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT", "Réaliser la journée de partage.",
                    "10 octobre 2018", "Fédération québécoise des organismes communautaires Famille (FQOCF)");
            assertThat(text).contains("Page 1 de " + document.getNumberOfPages(), "Page " + document.getNumberOfPages() + " de "
                    + document.getNumberOfPages(), "Comité régional Opération Colibri — Montérégie — Plan d'action annuel 2018-2019 — version 1");
            org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline outline = document.getDocumentCatalog()
                    .getDocumentOutline();
            List<String> bookmarks = new java.util.ArrayList<>();
            outline.children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).contains("CRÉDITS ET REMERCIEMENTS").anySatisfy(title -> assertThat(title).startsWith("AXE 1 — SOUTENIR"));
            assertThat(outline.getFirstChild().getNextSibling()).isNotNull();
        }
    }

    @Test
    void anotherBodyCannotDownloadAPlanThatIsNotTheirs() throws IOException {
        long plan = annualPlan(api.token("coordination.monteregie"));

        HttpResponse<byte[]> asCapitale = api.download(Platform.URL + "/api/plans/" + plan + "/activities.xlsx",
                api.token("coordination.capitale"));
        assertThat(new String(asCapitale.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("journée de partage").doesNotContain("Colibri");

        // Plan numbers belong to each body: the same number may be one of Capitale-Nationale's own plans.
        HttpResponse<byte[]> pdf = api.download(Platform.URL + "/api/plans/" + plan + "/plan.pdf", api.token("coordination.capitale"));
        if (pdf.statusCode() == 200) {
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).doesNotContain("journée de partage").doesNotContain("Colibri");
            }
        }
    }

    private long annualPlan(String token) {
        Matcher matcher = Pattern.compile("\\{\"id\":(\\d+),\"title\":\"Plan d'action annuel 2018-2019\",\"edition\":1")
                .matcher(api.get(Platform.URL + "/api/plans", token).body());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
