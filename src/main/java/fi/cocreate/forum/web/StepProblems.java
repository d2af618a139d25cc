package fi.cocreate.forum.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.control.ApplicationProblem;
import fi.cocreate.forum.control.ApplicationRules;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.entity.ApplicationContent;
import java.util.List;

/** Shows the problems of an application beside their fields, and finds the step the applicant should go back to. */
final class StepProblems {

    private StepProblems() {}

    /** Each problem beside its field of the form, or on its own if it concerns the whole application. */
    static void show(String formId, List<ApplicationProblem> problems) {
        for (ApplicationProblem problem : problems) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() == null) {
                Notices.error(problem.key(), arguments);
            } else {
                Notices.errorAt(formId + ":" + problem.field(), problem.key(), arguments);
            }
        }
    }

    /** The first step that has something to fix (the CV belongs to the motivation step). */
    static ApplicationStep firstWithProblem(
            ApplicationContent content, List<ApplicationProblem> problems, int currentYear, ApplicationStep fallback) {
        for (ApplicationStep step : ApplicationStep.values()) {
            boolean cvMissing =
                    step == ApplicationStep.MOTIVATION && problems.stream().anyMatch(p -> "cv".equals(p.field()));
            if (cvMissing || !ApplicationRules.check(content, step, currentYear).isEmpty()) {
                return step;
            }
        }
        return fallback;
    }
}
