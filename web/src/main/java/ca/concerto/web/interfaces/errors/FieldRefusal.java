package ca.concerto.web.interfaces.errors;

import ca.concerto.domain.model.shared.InvalidInput;
import ca.concerto.domain.model.workbook.WorkbookRowsRefused;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with one field of a refused request: the field as the API names it, and the bundle key of the
 * sentence a person reads (with its arguments, e.g. a constraint's bounds).
 */
public record FieldRefusal(String field, String messageKey, List<Object> arguments) {

    /** JSON-B's words for a value it could not read into a property, and for a property no record has. */
    private static final Pattern UNREADABLE = Pattern.compile("deserialize property '([^']+)'");
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

    /** Every field a failure blames, looking through the wrappers the container puts around it. */
    public static List<FieldRefusal> of(Throwable failure) {
        return Refusal.reasons(failure).stream().map(FieldRefusal::direct).filter(fields -> !fields.isEmpty())
                .findFirst().orElse(List.of());
    }

    private static List<FieldRefusal> direct(Throwable failure) {
        if (failure instanceof ConstraintViolationException violations) {
            List<FieldRefusal> fields = new ArrayList<>();
            violations.getConstraintViolations().forEach(violation -> fields.add(of(violation)));
            fields.sort(java.util.Comparator.comparing(FieldRefusal::field));
            return fields;
        }
        if (failure instanceof WorkbookRowsRefused rows) {
            return rows.problems().stream().map(problem -> new FieldRefusal("line " + problem.line(),
                    "workbook.trouble." + problem.trouble().name(), List.<Object>of(problem.line()))).toList();
        }
        if (failure instanceof InvalidInput invalid && invalid.field().isPresent()) {
            return List.of(new FieldRefusal(invalid.field().get(), "field.invalid", List.of()));
        }
        if (failure instanceof JsonbException && failure.getMessage() != null) {
            Matcher unknown = UNKNOWN.matcher(failure.getMessage());
            if (unknown.find()) {
                return List.of(new FieldRefusal(unknown.group(1), "field.unknown", List.of()));
            }
            Matcher unreadable = UNREADABLE.matcher(failure.getMessage());
            if (unreadable.find()) {
                return List.of(new FieldRefusal(unreadable.group(1), "field.unreadable", List.of()));
            }
        }
        return List.of();
    }

    private static FieldRefusal of(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<Object> arguments = new ArrayList<>();
        for (String bound : List.of("value", "min", "max")) {
            if (attributes.containsKey(bound)) {
                arguments.add(attributes.get(bound));
            }
        }
        return new FieldRefusal(field(violation.getPropertyPath()), "field." + constraint, arguments);
    }

    /** The last name of the path: {@code title} in {@code update.request.title}; a whole body is "body". */
    private static String field(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last == null || last.getKind() == ElementKind.PARAMETER ? "body" : last.getName();
    }
}
