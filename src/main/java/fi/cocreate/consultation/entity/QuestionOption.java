package fi.cocreate.consultation.entity;

import fi.cocreate.common.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.util.Objects;

/** One choice of a single- or multiple-choice question, in fi/sv/en. Identified by its position in the question. */
@Embeddable
public class QuestionOption implements Serializable {

    private static final long serialVersionUID = 1L;

    // Named here: an embeddable kept in a collection table is the one place the column convention
    // (LocalizedTextColumns) cannot reach at start-up, and it refuses to start rather than guess.
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "label_fi")),
        @AttributeOverride(name = "sv", column = @Column(name = "label_sv")),
        @AttributeOverride(name = "en", column = @Column(name = "label_en"))
    })
    private LocalizedText label;

    protected QuestionOption() {}

    public QuestionOption(LocalizedText label) {
        this.label = Objects.requireNonNull(label, "Label is required.");
    }

    public LocalizedText getLabel() {
        return label;
    }
}
