package io.mlaprep.session.delivery.application;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.servicedefaults.errors.FieldProblem;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.session.delivery.domain.SessionMode;
import java.util.ArrayList;
import java.util.List;

public record StartRequest(SessionMode mode, Integer size, Integer domain, String taskStatement) {

    /**
     * Refuses what no session uses: a domain or task statement outside the exam guide, one sent with a
     * mode other than DRILL (they are kept with the session, so nothing unchecked may be stored), a drill
     * without either, or a task statement of another domain than the one given.
     */
    public void requireKnownTargets() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean drill = mode == SessionMode.DRILL;
        if (domain != null && (!drill || ExamGuide.domain(domain).isEmpty())) {
            problems.add(new FieldProblem("domain", drill ? "must be 1, 2, 3 or 4" : "only a DRILL takes a domain"));
        }
        if (taskStatement != null && (!drill || ExamGuide.taskStatement(taskStatement).isEmpty())) {
            problems.add(new FieldProblem("taskStatement", drill
                    ? "must be one of the twelve task statements, e.g. 2.3" : "only a DRILL takes a task statement"));
        } else if (drill && taskStatement != null && domain != null && ExamGuide.domainOf(taskStatement) != domain) {
            problems.add(new FieldProblem("taskStatement", "task statement " + taskStatement + " belongs to domain "
                    + ExamGuide.domainOf(taskStatement) + ", not " + domain));
        }
        if (drill && domain == null && taskStatement == null) {
            problems.add(new FieldProblem("domain", "a drill needs a domain (1-4) or a taskStatement"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The session cannot start: " + problems.getFirst().message() + ".",
                    problems);
        }
    }
}
