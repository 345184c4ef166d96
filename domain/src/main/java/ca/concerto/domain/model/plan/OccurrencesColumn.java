package ca.concerto.domain.model.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A schedule's occurrences in one column, as ISO intervals: "2021-12-15/2021-12-15 2022-02-16/2022-02-16". */
@Converter
public class OccurrencesColumn implements AttributeConverter<List<Occurrence>, String> {

    @Override
    public String convertToDatabaseColumn(List<Occurrence> occurrences) {
        return occurrences == null || occurrences.isEmpty() ? null
                : occurrences.stream().map(occurrence -> occurrence.start() + "/" + occurrence.end())
                        .collect(Collectors.joining(" "));
    }

    @Override
    public List<Occurrence> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.strip().split(" ")).map(interval -> interval.split("/"))
                        .map(bounds -> new Occurrence(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1]))).toList();
    }
}
