package ca.concerto.domain.model.followup;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reporting period as its code, "2019-Q2". */
@Converter
public class ReportingPeriodConverter implements AttributeConverter<ReportingPeriod, String> {

    @Override
    public String convertToDatabaseColumn(ReportingPeriod period) {
        return period == null ? null : period.code();
    }

    @Override
    public ReportingPeriod convertToEntityAttribute(String code) {
        return code == null ? null : ReportingPeriod.parse(code);
    }
}
