package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import java.io.Serializable;

/** Form fields for one text in Finnish, Swedish and English. */
public class Texts implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fi;
    private String sv;
    private String en;

    void fill(LocalizedText text) {
        fi = text == null ? null : text.getFi();
        sv = text == null ? null : text.getSv();
        en = text == null ? null : text.getEn();
    }

    /** The text, or null when all three are blank. */
    LocalizedText toText() {
        boolean blank = isBlank(fi) && isBlank(sv) && isBlank(en);
        return blank ? null : LocalizedText.of(fi, sv, en);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getFi() {
        return fi;
    }

    public void setFi(String fi) {
        this.fi = fi;
    }

    public String getSv() {
        return sv;
    }

    public void setSv(String sv) {
        this.sv = sv;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
