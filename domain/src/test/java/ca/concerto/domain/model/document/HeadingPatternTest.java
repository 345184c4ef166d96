package ca.concerto.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headings of the bodies' documents, styled or not, are known by their label. */
class HeadingPatternTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "AXE 1|0|false|axe|1|",
        "AXE 1 : SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT|0|false|axe|1|SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L'ENFANT",
        "Orientation 1.1|0|true|orientation|1.1|",
        "1.1.1. OBJECTIF|0|false|objectif|1.1.1.|",
        "3.2.2 Objectif|0|false|objectif|3.2.2|",
        "1.1.1. OBJECTIF — Promouvoir l'importance des services de garde|0|true|objectif|1.1.1.|Promouvoir l'importance des services de garde",
        "Priorité 2 : Équité en santé|0|true|priorite|2|Équité en santé",
        "PRÉPARER LA SUITE...|0|false|caps|-|PRÉPARER LA SUITE...",
        "Vision|2|false|style-2|-|Vision",
        "SECTION — PRÉPARER LA SUITE...|0|true|section|-|PRÉPARER LA SUITE...",
        "SECTION AXE 1 — SOUTENIR LE DÉVELOPPEMENT|0|true|section axe|-|SOUTENIR LE DÉVELOPPEMENT",
        "ACTION PROPOSÉE — Animer les réunions régionales :|0|true|action proposee|-|Animer les réunions régionales :",
        "PRIORITÉS 2020-2022 ET ACTIVITÉS PROPOSÉES|0|false|caps|-|PRIORITÉS 2020-2022 ET ACTIVITÉS PROPOSÉES",
        "Les lieux de concertation|0|true|bold|-|Les lieux de concertation"})
    void aHeadingIsKnownByItsLabelElseByItsLook(String text, int style, boolean bold, String key, String number, String rest) {
        HeadingPattern pattern = HeadingPattern.of(new DocumentOutline.Paragraph(text, style, bold)).orElseThrow();
        assertThat(pattern.key()).isEqualTo(key);
        assertThat(pattern.number()).isEqualTo(number);
        assertThat(pattern.rest()).isEqualTo(rest == null ? "" : rest);
        if (number != null) {
            assertThat(text).contains(pattern.marker());
            assertThat(pattern.marker()).contains(number.replaceAll("\\.$", "")).doesNotEndWith(":");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Explorer les collaborations possibles en lien avec le déploiement du projet.",
        "Nombre 3 de rencontres prévues cette année avec les partenaires du comité régional",
        "Le 1er décembre 2021",
        "Version 1"})
    void bodyTextIsNoHeading(String text) {
        assertThat(HeadingPattern.of(new DocumentOutline.Paragraph(text, 0, false))).isEqualTo(Optional.empty());
    }
}
