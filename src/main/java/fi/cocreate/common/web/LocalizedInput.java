package fi.cocreate.common.web;

import fi.cocreate.common.LocalizedText;
import java.io.Serializable;

/**
 * The Finnish, Swedish and English inputs of one multilingual text on a form (a title, a question, a rubric level),
 * as typed. Empty inputs in every language make no text at all, so the form can say which text is missing.
 */
public class LocalizedInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fi;
    private String sv;
    private String en;

    /** Inputs prefilled from a stored text (or empty for null). */
    public static LocalizedInput of(LocalizedText text) {
        LocalizedInput input = new LocalizedInput();
        input.fill(text);
        return input;
    }

    public void fill(LocalizedText text) {
        fi = text == null ? null : text.getFi();
        sv = text == null ? null : text.getSv();
        en = text == null ? null : text.getEn();
    }

    /** The text, or null when every language is empty. */
    public LocalizedText toText() {
        return LocalizedText.ofAny(fi, sv, en);
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
