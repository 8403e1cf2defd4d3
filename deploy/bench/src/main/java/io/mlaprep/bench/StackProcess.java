package io.mlaprep.bench;

/** One process of the local stack, by the name the report gives it. */
record StackProcess(String name, long pid) {
}
