package fi.cocreate.consultation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Theme} by its name, as the enum it was stored before: the seven keep their values. */
@Converter
public class ThemeConverter implements AttributeConverter<Theme, String> {

    @Override
    public String convertToDatabaseColumn(Theme theme) {
        return theme == null ? null : theme.name();
    }

    @Override
    public Theme convertToEntityAttribute(String name) {
        return name == null ? null : Theme.valueOf(name);
    }
}
