package fi.cocreate.consultation.control;

import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.ResponseVersion;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The copy of the answers in a receipt mail: each question, then what was answered, in the recipient's language. */
public final class ReceiptText {

    private ReceiptText() {}

    public static String answers(Consultation consultation, ResponseVersion version, String language) {
        return answers(consultation, version, language, java.util.List.of());
    }

    /** The answers, the consent, and the names of the attached files (which the receipt does not carry itself). */
    public static String answers(
            Consultation consultation, ResponseVersion version, String language, java.util.List<String> attachments) {
        Locale locale = SupportedLanguage.locale(language);
        ResourceBundle bundle =
                ResourceBundle.getBundle("i18n.consultation_mail", locale, ReceiptText.class.getClassLoader());
        StringBuilder text = new StringBuilder();
        for (Question question : consultation.getQuestions()) {
            text.append(question.getPosition())
                    .append(". ")
                    .append(question.getText().in(locale))
                    .append('\n');
            Optional<Answer> answer = version.answerTo(question.getId());
            String answered = answer.map(a -> describe(question, a, locale))
                    .filter(s -> !s.isBlank())
                    .orElse(bundle.getString("receipt.noAnswer"));
            text.append(answered).append("\n\n");
        }
        text.append(bundle.getString(version.isPublicationConsent() ? "receipt.consentYes" : "receipt.consentNo"));
        if (!attachments.isEmpty()) {
            text.append("\n\n").append(bundle.getString("receipt.attachments")).append('\n');
            attachments.forEach(name -> text.append("- ").append(name).append('\n'));
        }
        return text.toString().strip();
    }

    /** Who approved a statement that staff entered from an email or a letter: nobody on the site, so says that. */
    public static String enteredByStaff(String language) {
        return ResourceBundle.getBundle(
                        "i18n.consultation_mail",
                        SupportedLanguage.locale(language),
                        ReceiptText.class.getClassLoader())
                .getString("receipt.enteredByStaff");
    }

    private static String describe(Question question, Answer answer, Locale locale) {
        StringBuilder out = new StringBuilder();
        if (!answer.getSelectedOptions().isEmpty()) {
            out.append(answer.getSelectedOptions().stream()
                            .map(i -> "[x] "
                                    + question.getOptions().get(i).getLabel().in(locale))
                            .collect(Collectors.joining("\n")))
                    .append('\n');
        }
        if (answer.getScaleValue() != null) {
            out.append(answer.getScaleValue())
                    .append(" / ")
                    .append(question.getScaleMin())
                    .append('\u2013')
                    .append(question.getScaleMax())
                    .append('\n');
        }
        if (answer.getText() != null) {
            out.append(answer.getText());
        }
        return out.toString().strip();
    }
}
