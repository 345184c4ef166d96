package ca.concerto.domain.model.plan;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words by which a plan's text speaks of each of the network's ten fields of action, in French and in
 * English. A term is the beginning of a word, so that it matches its inflections ("lectur" in "lecture",
 * "lectures"; "litterat" in "littératie"); accents and case do not count; terms of four letters or fewer
 * are whole words (an acronym like "SHV" is not the start of another word).
 */
public final class FieldOfActionVocabulary {

    private static final Map<String, List<String>> TERMS = Map.ofEntries(
            Map.entry("child-development", List.of("developpement global", "developpement de l'enfant",
                    "developpement des enfants", "developpement des tout-petits", "eqdem", "services de garde", "sgee",
                    "petite enfance grande qualite", "eveil culturel", "child development", "early childhood education",
                    "childcare", "daycare")),
            Map.entry("family-quality-of-life", List.of("qualite de vie", "conciliation famille", "securite alimentaire",
                    "logement", "pauvrete", "quality of life", "food security", "housing", "poverty")),
            Map.entry("perinatality", List.of("perinatal", "prenatal", "postnatal", "grossesse", "naissance", "allaitement",
                    "pregnan", "breastfeed", "childbirth")),
            Map.entry("proximity-approaches", List.of("proximite", "milieux de vie", "approche de milieu", "travail de milieu",
                    "rejoindre les familles", "familles isolees", "outreach", "community-based")),
            Map.entry("healthy-lifestyles", List.of("saines habitudes", "shv", "activite physique", "jeu actif", "saine alimentation",
                    "healthy lifestyle", "physical activity", "healthy eating")),
            Map.entry("early-literacy", List.of("lectur", "litterat", "eveil a la lecture", "ecriture", "livre", "bibliothe",
                    "langage", "literacy", "reading", "librar", "language")),
            Map.entry("parental-support", List.of("parent", "habiletes parentales", "soutien parental", "parenting")),
            Map.entry("school-transition", List.of("transition scolaire", "transition vers l'ecole", "entree a l'ecole",
                    "rentree scolaire", "maternelle", "prescolaire", "reussite educative", "school transition",
                    "school readiness", "kindergarten")),
            Map.entry("health-equity", List.of("equite", "inegalit", "defavoris", "vulnerab", "groupes les plus",
                    "equity", "inequalit", "disadvantaged")),
            Map.entry("public-policy", List.of("politique", "politiques publiques", "municipal", "legislati", "plaidoyer",
                    "public polic", "advocacy", "municipalit")));

    private static final Map<String, List<Pattern>> PATTERNS = TERMS.entrySet().stream().collect(Collectors.toMap(
            Map.Entry::getKey, entry -> entry.getValue().stream().map(FieldOfActionVocabulary::pattern).toList()));

    private FieldOfActionVocabulary() {
    }

    /** The fields of action whose words the text uses, in the network's order of codes. */
    public static Set<String> fieldsIn(String text) {
        String plain = plain(text);
        Set<String> fields = new LinkedHashSet<>();
        for (String code : codes()) {
            if (PATTERNS.get(code).stream().anyMatch(term -> term.matcher(plain).find())) {
                fields.add(code);
            }
        }
        return fields;
    }

    /** Every field the vocabulary knows, in the network's order. */
    public static List<String> codes() {
        return List.of("child-development", "family-quality-of-life", "perinatality", "proximity-approaches",
                "healthy-lifestyles", "early-literacy", "parental-support", "school-transition", "health-equity",
                "public-policy");
    }

    private static Pattern pattern(String term) {
        String start = "(?<![\\p{L}\\p{N}])" + Pattern.quote(term);
        return Pattern.compile(term.length() <= 4 ? start + "(?![\\p{L}\\p{N}])" : start);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text.toLowerCase(Locale.CANADA_FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('\u2019', '\'').replaceAll("\\s+", " ");
    }
}
