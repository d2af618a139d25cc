package fi.cocreate.common;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the domain refused an action. Carries a message key from the {@code messages} bundle and its arguments,
 * so the web layer can tell the user in their own language; rolls the transaction back so nothing half-done is kept.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

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
}
