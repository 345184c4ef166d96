package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word of the customer's documents survives: each seed document is cut into sentences and list items,
 * and each must appear in the Word export of the demo plan made from it (accents, case, spacing and
 * punctuation aside). At least 99 % for each plan; the pieces the demo leaves out on purpose are listed here by
 * name with the reason.
 */
class SeedFidelityIT {

    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    /** Pieces of a seed that are no text of the plan, and why. */
    private static final Map<String, String> LEFT_OUT = Map.of(
            "Résultats attendus (transformation souhaitée)",
            "the 2018-2019 tables' column header, repeated on each table: the export heads the column « Résultats attendus »",
            "Plan d'action annuel 2018-2019 du Comité régional Opération Colibri",
            "the running header of a page of the 2018-2019 document, not its text",
            "ACTIONS PROPOSÉES", "the work plan's column header: its level, « Action proposée », names each row",
            "Moyens (Coordination)", "the priorities' column header: its level, « Moyen (coordination) », names each row",
            "Moyens (Partenaires)", "the priorities' column header: its level, « Moyen (partenaires) », names each row");

    private final Api api = new Api();

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("monteregie-plan-action-2018-2019.txt", "coordination.monteregie", "Plan d'action annuel 2018-2019"),
                Arguments.of("monteregie-plan-transitoire-2021-2022.txt", "coordination.monteregie",
                        "Panification année transitoire 2021-2022"),
                Arguments.of("capitale-nationale-plan-travail-2021-2022.txt", "coordination.capitale", "Plan de travail 2021-2022"),
                Arguments.of("capitale-nationale-priorites-2024-2029.txt", "coordination.capitale",
                        "Concertation régionale en petite enfance Grandissons tous ensemble - Priorités 2024-2029"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void atLeast99PercentOfTheSeedsSentencesAndItemsAreInTheWordExport(String seed, String coordinator, String title)
            throws IOException {
        String token = api.token(coordinator);
        String text = wordText(token, firstEdition(token, title));
        String export = comparable(text);
        List<String> lines = Arrays.stream(text.split("\\n|\\t| — ")).map(SeedFidelityIT::comparable)
                .filter(line -> line.length() >= 12).sorted((a, b) -> b.length() - a.length()).toList();
        List<String> pieces = pieces(Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        for (String piece : pieces) {
            boolean leftOut = LEFT_OUT.keySet().stream().anyMatch(left -> comparable(left).equals(comparable(piece)));
            if (!leftOut && !export.contains(comparable(piece)) && !coveredByLines(comparable(piece), lines)) {
                missing.add(piece);
            }
        }
        double kept = 1.0 - (double) missing.size() / pieces.size();
        System.out.printf("FIDELITY %s: %d pieces, %d missing, %.1f %% kept%n", seed, pieces.size(), missing.size(), 100 * kept);
        missing.forEach(piece -> System.out.println("  MISSING " + piece));
        assertThat(kept).as(seed + " misses " + missing).isGreaterThanOrEqualTo(0.99);
    }

    /**
     * True when the piece is made of lines of the export: a list the seed's conversion flattened into one line
     * ("Encourager … petite enfance Soutenir le développement …") whose items the export keeps one per line.
     */
    static boolean coveredByLines(String piece, List<String> lines) {
        String rest = piece;
        for (String line : lines) {
            rest = rest.replace(line, "");
        }
        return rest.length() <= 3;
    }

    /** The seed's sentences and list items: cut at lines, cells, list tags, numbered items and sentence ends. */
    static List<String> pieces(String seed) {
        String text = seed.replaceAll("<[^>]*>", "\n").replaceAll("(?<=\\S)(?=\\d{1,2}\\. \\p{Lu})", "\n")
                .replaceAll("&nbsp;", " ").replaceAll("&amp;", "&");
        return Arrays.stream(text.split("\\n|\\t|\\||[•○▪]|(?<=[.!?;])\\s+(?=\\p{Lu})"))
                .map(piece -> piece.replaceAll("^\\s*(\\d{1,2}\\.|[-•*])\\s+", "").strip())
                .filter(piece -> piece.codePoints().filter(Character::isLetter).count() >= 3)
                .filter(piece -> !piece.matches("-+|:?-+:?"))
                .toList();
    }

    /** Accents, case, spacing and punctuation aside. */
    static String comparable(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.CANADA_FRENCH), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]", "");
    }

    private long firstEdition(String token, String title) {
        JsonArray plans = (JsonArray) Api.json(api.get(Platform.URL + "/api/plans", token));
        return plans.getValuesAs(JsonObject.class).stream()
                .filter(plan -> plan.getString("title").equals(title) && plan.getInt("edition") == 1).findFirst()
                .orElseThrow(() -> new AssertionError("No demo plan " + title)).getJsonNumber("id").longValue();
    }

    private String wordText(String token, long plan) throws IOException {
        HttpResponse<byte[]> docx = api.download(Platform.URL + "/api/plans/" + plan + "/plan.docx", token);
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
