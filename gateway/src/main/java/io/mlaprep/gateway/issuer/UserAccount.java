package io.mlaprep.gateway.issuer;

import java.util.List;

public record UserAccount(String userId, String email, String displayName, String passwordHash, List<String> roles) {
}
