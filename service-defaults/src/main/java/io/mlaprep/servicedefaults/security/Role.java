package io.mlaprep.servicedefaults.security;

public enum Role {
    LEARNER, INSTRUCTOR, AUTHOR, ADMIN,
    /** Another service calling with its own client credentials. */
    SERVICE
}
