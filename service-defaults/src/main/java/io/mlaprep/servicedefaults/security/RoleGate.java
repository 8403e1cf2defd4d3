package io.mlaprep.servicedefaults.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Roles a request needs before its body is read: checked in the security filter chain, so a caller
 * without them gets 403 at once instead of after the body is parsed (a method-level
 * {@code @PreAuthorize} runs only once {@code @RequestBody} is read). Declare one as a bean.
 *
 * @param method the method it guards; null guards every method of {@code path} ({@link #anyMethod})
 */
public record RoleGate(HttpMethod method, String path, List<Role> roles) {

    public RoleGate {
        roles = List.copyOf(roles);
    }

    public static RoleGate of(HttpMethod method, String path, Role... roles) {
        return new RoleGate(method, path, Arrays.asList(roles));
    }

    /** A gate on every method of {@code path}: a whole API that only these roles may call. */
    public static RoleGate anyMethod(String path, Role... roles) {
        return new RoleGate(null, path, Arrays.asList(roles));
    }

    String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
