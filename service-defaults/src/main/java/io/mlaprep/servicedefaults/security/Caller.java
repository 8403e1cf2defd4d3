package io.mlaprep.servicedefaults.security;

import java.util.Set;

/** Who is calling: the token's subject, display name and roles. */
public record Caller(String id, String displayName, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
