package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** What one level of the 1–5 scale means for a criterion, in Finnish, Swedish and English. */
@Embeddable
public class LevelDescriptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "scale_level", nullable = false)
    private int level;

    @Column(name = "text_fi", length = 500)
    private String fi;

    @Column(name = "text_sv", length = 500)
    private String sv;

    @Column(name = "text_en", length = 500)
    private String en;

    protected LevelDescriptor() {}

    public LevelDescriptor(int level, LocalizedText text) {
        this.level = level;
        this.fi = text.getFi();
        this.sv = text.getSv();
        this.en = text.getEn();
    }

    public int getLevel() {
        return level;
    }

    public LocalizedText getText() {
        return LocalizedText.of(fi, sv, en);
    }

    public String in(Locale locale) {
        return getText().in(locale);
    }
}
