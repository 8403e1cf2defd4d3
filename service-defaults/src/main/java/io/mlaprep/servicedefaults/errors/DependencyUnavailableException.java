package io.mlaprep.servicedefaults.errors;

/** A service this one needs did not answer in time; answered 503 so the client may retry. */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
