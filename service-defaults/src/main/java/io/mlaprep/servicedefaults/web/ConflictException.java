package io.mlaprep.servicedefaults.web;

public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
