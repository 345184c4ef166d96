package ca.concerto.web.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.concerto.web.interfaces.api.payload.AdoptionRequest;
import ca.concerto.web.interfaces.api.payload.MeasurementRequest;
import ca.concerto.web.interfaces.api.payload.NewElementRequest;
import ca.concerto.web.interfaces.api.payload.ProgressRequest;
import ca.concerto.web.interfaces.errors.FieldRefusal;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API reads what a client wrote, or refuses it naming the field: nothing rounded, converted or dropped. */
class JsonSettingsTest {

    private final Jsonb jsonb = new JsonSettings().getContext(Object.class);

    @Test
    void wellWrittenValuesAreReadAsWritten() {
        ProgressRequest progress = jsonb.fromJson("{\"period\":\"2019-Q2\",\"status\":\"IN_PROGRESS\",\"percentComplete\":40,"
                + "\"note\":null,\"fromVersion\":null}", ProgressRequest.class);
        AdoptionRequest adoption = jsonb.fromJson("{\"on\":\"2028-02-29\",\"by\":\"Comité\"}", AdoptionRequest.class);
        MeasurementRequest measurement = jsonb.fromJson("{\"indicator\":\"Participants\",\"value\":3.25,"
                + "\"measuredOn\":\"2019-05-01\"}", MeasurementRequest.class);

        assertThat(progress.percentComplete()).isEqualTo(40);
        assertThat(progress.fromVersion()).isNull();
        assertThat(adoption.on()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(measurement.value()).isEqualTo(new BigDecimal("3.25"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"period\":\"2019-Q2\",\"status\":\"DONE\",\"percentComplete\":1.5}|percentComplete",
        "{\"period\":\"2019-Q2\",\"status\":\"DONE\",\"percentComplete\":\"50\"}|percentComplete",
        "{\"period\":\"2019-Q2\",\"status\":\"DONE\",\"percentComplete\":1e200000}|percentComplete",
        "{\"period\":\"2019-Q2\",\"status\":\"DONE\",\"fromVersion\":true}|fromVersion",
        "{\"period\":\"2019-Q2\",\"status\":\"FINI\"}|status",
        "{\"period\":\"2019-Q2\",\"status\":\"DONE\",\"fromVerison\":1}|fromVerison",
    })
    void aProgressReportWithAValueOfAnotherKindIsRefusedNamingItsField(String json, String field) {
        assertRefused(json, ProgressRequest.class, field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"on\":\"2027-02-30\",\"by\":\"Comité\"}|on",
        "{\"on\":\"2027-2-3\",\"by\":\"Comité\"}|on",
        "{\"on\":\"+99999-01-01\",\"by\":\"Comité\"}|on",
        "{\"on\":\"0000-01-01\",\"by\":\"Comité\"}|on",
        "{\"on\":20270101,\"by\":\"Comité\"}|on",
    })
    void anAdoptionOnADayThatDoesNotExistIsRefused(String json, String field) {
        assertRefused(json, AdoptionRequest.class, field);
    }

    @Test
    void aParentThatIsNotANumberOrAMeasurementWrittenAsTextIsRefused() {
        assertRefused("{\"parentId\":\"abc\",\"level\":\"axe\",\"title\":\"Axe\"}", NewElementRequest.class, "parentId");
        assertRefused("{\"indicator\":\"Participants\",\"value\":\"3\",\"measuredOn\":\"2019-05-01\"}",
                MeasurementRequest.class, "value");
    }

    private void assertRefused(String json, Class<?> type, String field) {
        assertThatThrownBy(() -> jsonb.fromJson(json, type)).isInstanceOf(JsonbException.class)
                .satisfies(refused -> assertThat(FieldRefusal.of(refused)).extracting(FieldRefusal::field).containsExactly(field));
    }
}
