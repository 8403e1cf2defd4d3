package io.mlaprep.testsupport;

public enum Server {
    KAFKA, REDIS, MONGO
}
