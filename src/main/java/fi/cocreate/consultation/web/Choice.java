package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import java.io.Serializable;

/** One option of a choice question as the response page shows it (a class with getters: EL 5 reads no records). */
public final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final LocalizedText label;

    Choice(String value, LocalizedText label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public LocalizedText getLabel() {
        return label;
    }
}
