package fi.cocreate.common;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A rule of the domain refused an action. Carries a message key from the {@code messages} bundle and its arguments,
 * so the web layer can tell the user in their own language; rolls the transaction back so nothing half-done is kept.
 * A refusal about one input names it ({@link #about(String)}): the attribute the rule checked, which the page uses as
 * its input's id, so the message is shown beside that input without the page catching anything.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;
    private String field;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /**
     * Names the input this refusal is about, by the name of the attribute the rule checked (for example
     * {@code "reason"}); pages give that input this id. Returns this exception, to be thrown.
     */
    public BusinessException about(String inputId) {
        this.field = inputId;
        return this;
    }

    /** The id of the input this refusal is about, if it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
