package ca.concerto.web.interfaces.api;

import ca.concerto.domain.model.followup.ProgressStatus;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the API reads numbers and dates: as written, or not at all. JSON-B alone would round 1.5 to 1, read the
 * string "50" as 50 and 1e200000 as 0; here a whole number is a JSON number without a fraction that fits its
 * type, an amount is a JSON number, and a date is a real day written {@code yyyy-MM-dd} (never 30 February,
 * never a year PostgreSQL cannot store).
 */
final class StrictValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictValues() {
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new WholeInteger(), new WholeLong(), new Amount(), new Day(), new Progress()};
    }

    private static BigDecimal number(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("a JSON number is expected");
        }
        return number.bigDecimalValue();
    }

    /** JSON's null is null whatever the type; any other value is read strictly. */
    private static <T> T unlessNull(JsonParser parser, Function<JsonValue, T> read) {
        JsonValue value = parser.getValue();
        return value == JsonValue.NULL ? null : read.apply(value);
    }

    private static long whole(JsonValue written, long min, long max) {
        BigDecimal value = number(written);
        try {
            long whole = value.longValueExact();
            if (whole < min || whole > max) {
                throw new JsonbException("out of range");
            }
            return whole;
        } catch (ArithmeticException notWhole) {
            throw new JsonbException("a whole number is expected", notWhole);
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return unlessNull(parser, value -> (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return unlessNull(parser, value -> whole(value, Long.MIN_VALUE, Long.MAX_VALUE));
        }
    }

    static final class Amount implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return unlessNull(parser, StrictValues::number);
        }
    }

    static final class Day implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return unlessNull(parser, Day::day);
        }

        private static LocalDate day(JsonValue value) {
            if (!(value instanceof JsonString written)) {
                throw new JsonbException("a date written yyyy-MM-dd is expected");
            }
            String text = written.getString();
            if (!WRITTEN_DAY.matcher(text).matches()) {
                throw new JsonbException("a date written yyyy-MM-dd is expected");
            }
            try {
                LocalDate day = LocalDate.parse(text, DAY);
                if (day.getYear() < 1) {
                    throw new JsonbException("a date of our era is expected");
                }
                return day;
            } catch (DateTimeParseException notADay) {
                throw new JsonbException("a date written yyyy-MM-dd is expected", notADay);
            }
        }
    }

    /** A progress status among the known codes; JSON-B alone would not say which field held an unknown one. */
    static final class Progress implements JsonbDeserializer<ProgressStatus> {
        @Override
        public ProgressStatus deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return unlessNull(parser, value -> java.util.Arrays.stream(ProgressStatus.values())
                    .filter(status -> value instanceof JsonString code && status.name().equals(code.getString()))
                    .findFirst().orElseThrow(() -> new JsonbException("a known progress status is expected")));
        }
    }
}
