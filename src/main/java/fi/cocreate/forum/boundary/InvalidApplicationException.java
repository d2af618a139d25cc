package fi.cocreate.forum.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.control.ApplicationProblem;
import java.util.List;

/**
 * An application was refused as a whole (on submission or when a submitted one is edited): carries every problem, so
 * the form can show each beside its field. The transaction rolls back; the draft saved before is kept.
 */
public class InvalidApplicationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<ApplicationProblem> problems;

    public InvalidApplicationException(List<ApplicationProblem> problems) {
        super("forum.application.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ApplicationProblem> getProblems() {
        return problems;
    }
}
