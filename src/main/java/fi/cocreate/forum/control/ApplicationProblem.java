package fi.cocreate.forum.control;

import java.util.List;

/**
 * Something wrong or missing in an application: the form field it belongs to (null for the whole application), a
 * message key in the forum bundle and the message's arguments.
 */
public record ApplicationProblem(String field, String key, List<Object> arguments) {

    public ApplicationProblem {
        arguments = List.copyOf(arguments);
    }

    public static ApplicationProblem at(String field, String key, Object... arguments) {
        return new ApplicationProblem(field, key, List.of(arguments));
    }
}
