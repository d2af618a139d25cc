package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff define a consultation's questions: text in fi/sv/en, a length limit, and for choice questions the options one
 * per line (line n of each language is option n).
 */
@Named
@RequestScoped
public class QuestionEditor {

    @Inject
    ConsultationAdmin admin;

    /** The page's editor of the consultation, which knows its id. */
    @Inject
    ConsultationEditor consultationEditor;

    private QuestionType type = QuestionType.FREE_TEXT;
    private final LocalizedInput text = new LocalizedInput();
    private final LocalizedInput options = new LocalizedInput();
    private int maxLength = Question.DEFAULT_MAX_LENGTH;
    private Integer scaleMin = 1;
    private Integer scaleMax = 5;

    public String add() {
        LocalizedText questionText = text.toText();
        if (questionText == null) {
            Notices.errorAt("question:textFi", "question.textRequired");
            return null;
        }
        admin.addQuestion(
                consultationEditor.getId(),
                type,
                questionText,
                maxLength,
                optionTexts(),
                scaleMin,
                scaleMax,
                consultationEditor.getSeenVersion());
        Notices.info("question.added");
        return back();
    }

    public String remove(long questionId) {
        admin.removeQuestion(consultationEditor.getId(), questionId, consultationEditor.getSeenVersion());
        return back();
    }

    private String back() {
        return "/consultation/staff/edit.xhtml?faces-redirect=true&id=" + consultationEditor.getId();
    }

    private List<LocalizedText> optionTexts() {
        String[] fi = lines(options.getFi());
        String[] sv = lines(options.getSv());
        String[] en = lines(options.getEn());
        int count = Math.max(fi.length, Math.max(sv.length, en.length));
        List<LocalizedText> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String f = i < fi.length ? fi[i] : null;
            String s = i < sv.length ? sv[i] : null;
            String e = i < en.length ? en[i] : null;
            LocalizedText option = LocalizedText.ofAny(f, s, e);
            if (option != null) {
                result.add(option);
            }
        }
        return result;
    }

    private static String[] lines(String text) {
        return text == null || text.isBlank() ? new String[0] : text.strip().split("\\R");
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public LocalizedInput getText() {
        return text;
    }

    public LocalizedInput getOptions() {
        return options;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public void setScaleMin(Integer scaleMin) {
        this.scaleMin = scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }
}
