package io.mlaprep.contracts;

public record DomainResult(int domain, int correct, int total) {
}
