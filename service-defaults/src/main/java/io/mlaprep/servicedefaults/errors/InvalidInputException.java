package io.mlaprep.servicedefaults.errors;

import java.util.List;

/** The request is well-formed JSON but its content is wrong; answered 400 with every field problem. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInputException(String detail, List<FieldProblem> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(message, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
