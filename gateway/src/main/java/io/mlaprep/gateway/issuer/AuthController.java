package io.mlaprep.gateway.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.mlaprep.gateway.web.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The local issuer: sign-up, password login, client credentials for services, and the JWKS. */
@RestController
// IssuerConfiguration's condition: its beans are what this needs
@ConditionalOnProperty(name = "mla.issuer.enabled", havingValue = "true")
public class AuthController {

    private static final List<String> LEARNER = List.of("LEARNER");

    private final UserAccounts accounts;
    private final Passwords passwords;
    private final TokenMinter tokens;
    private final RefreshTokens refreshTokens;
    private final IssuerProperties properties;
    private final Map<String, Object> jwks;

    public AuthController(UserAccounts accounts, Passwords passwords, TokenMinter tokens, RefreshTokens refreshTokens,
                          IssuerProperties properties, RSAKey signingKey) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.tokens = tokens;
        this.properties = properties;
        this.jwks = new JWKSet(signingKey.toPublicJWK()).toJSONObject();
    }

    public record SignUp(String email, String password, String displayName) {
    }

    public record SignedUp(String userId, String email, String displayName, List<String> roles) {
    }

    public record Login(String email, String password) {
    }

    /** @param refreshToken one use: {@code POST /api/auth/refresh} returns a new one with the new access token */
    public record Token(String accessToken, String tokenType, long expiresIn, String userId, String displayName,
                        List<String> roles, String refreshToken) {
    }

    @PostMapping("/api/auth/signup")
    public Mono<ResponseEntity<SignedUp>> signUp(@RequestBody SignUp request) {
        List<Map<String, String>> errors = new ArrayList<>();
        AccountRules.emailProblem(request.email()).ifPresent(problem -> errors.add(Problems.field("email", problem)));
        passwords.weaknesses(request.password(), request.email())
                .forEach(problem -> errors.add(Problems.field("password", problem)));
        String displayName = AccountRules.normalizeDisplayName(request.displayName());
        AccountRules.displayNameProblem(displayName)
                .ifPresent(problem -> errors.add(Problems.field("displayName", problem)));
        if (!errors.isEmpty()) {
            return Mono.error(Problems.invalid(errors));
        }
        return passwords.hash(request.password())
                .flatMap(hash -> accounts.create(request.email(), displayName, hash, LEARNER))
                .switchIfEmpty(Mono.error(Problems.of(HttpStatus.CONFLICT, "E-mail taken",
                        "An account with this e-mail address exists; sign in instead.")))
                .map(account -> ResponseEntity.status(HttpStatus.CREATED).body(new SignedUp(account.userId(),
                        account.email(), account.displayName(), account.roles())));
    }

    @PostMapping("/api/auth/token")
    public Mono<Token> token(@RequestBody Login request) {
        if (request.email() == null || request.password() == null) {
            return Mono.error(Problems.invalid(List.of(Problems.field("email", "e-mail and password are required"))));
        }
        return accounts.findByEmail(request.email()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(account -> passwords.matches(request.password(),
                                account.map(UserAccount::passwordHash).orElse(null))
                        .filter(Boolean::booleanValue).flatMap(ok -> Mono.justOrEmpty(account)))
                .flatMap(this::tokenFor)
                .switchIfEmpty(Mono.error(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "E-mail or password is wrong.")));
    }

    public record Refresh(String refreshToken) {
    }

    /** A new access token (and a new refresh token) for a valid refresh token, which is used up. */
    @PostMapping("/api/auth/refresh")
    public Mono<Token> refresh(@RequestBody Refresh request) {
        return refreshTokens.redeem(request.refreshToken()).flatMap(accounts::findById)
                .flatMap(this::tokenFor)
                .switchIfEmpty(Mono.error(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "This refresh token is expired, used or revoked: sign in again.")));
    }

    /** Signs out: the refresh token stops working at once; the access token ends with its short lifetime. */
    @PostMapping("/api/auth/logout")
    public Mono<ResponseEntity<Void>> logout(@RequestBody Refresh request) {
        return refreshTokens.revoke(request.refreshToken()).then(Mono.just(ResponseEntity.noContent().build()));
    }

    private Mono<Token> tokenFor(UserAccount account) {
        return refreshTokens.issue(account.userId()).map(refresh -> new Token(
                tokens.mint(account.userId(), account.displayName(), account.roles(), properties.tokenLifetime()),
                "Bearer", properties.tokenLifetime().toSeconds(), account.userId(), account.displayName(),
                account.roles(), refresh));
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> jwks() {
        return jwks;
    }

    /** OAuth2 client-credentials grant for service-to-service calls (HTTP Basic client authentication). */
    @PostMapping(value = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public Mono<Map<String, Object>> clientCredentials(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> clientCredentials(authorization, form));
    }

    private Mono<Map<String, Object>> clientCredentials(String authorization, MultiValueMap<String, String> form) {
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return Mono.error(Problems.of(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                    "Only grant_type=client_credentials is supported."));
        }
        String[] client = basicCredentials(authorization);
        String expected = client == null ? null : properties.clients().get(client[0]);
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                client[1].getBytes(StandardCharsets.UTF_8))) {
            return Mono.error(Problems.of(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret."));
        }
        String token = tokens.mint(client[0], client[0], List.of("SERVICE"), properties.serviceTokenLifetime());
        return Mono.just(Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", properties.serviceTokenLifetime().toSeconds()));
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
