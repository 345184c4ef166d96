package ca.concerto.web.interfaces.forms;

import ca.concerto.web.infrastructure.text.MessageBundle;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A day typed on a screen, read as written: {@code 2027-02-30} is refused next to the field, never moved to
 * the 28th. Used with the date pickers' {@code keepInvalid}, which leaves the typed text as it is.
 */
@FacesConverter("strictDay")
public class StrictDay implements Converter<LocalDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WRITTEN_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            if (WRITTEN_DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text, DAY);
                if (day.getYear() >= 1) {
                    return day;
                }
            }
        } catch (DateTimeParseException notADay) {
            // Refused below, like any other text that is no day.
        }
        String sentence = MessageBundle.in(context.getViewRoot().getLocale()).getString("field.day");
        String message = new MessageFormat(sentence, context.getViewRoot().getLocale()).format(new Object[] {text});
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
