package io.mlaprep.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for the gateway's local issuer in service tests: serves a JWKS and a client-credentials
 * token endpoint on a free port, and mints RS256 tokens for any user and roles.
 * {@link #install()} points the resource-server properties of the service under test at it.
 */
public final class TestTokenIssuer {

    public static final String ISSUER = "http://test-issuer";
    public static final String AUDIENCE = "mla-api";

    private static TestTokenIssuer shared;

    private final RSAKey key;
    private final HttpServer server;

    private TestTokenIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange ->
                respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/oauth2/token", exchange -> respond(exchange, """
                {"access_token":"%s","token_type":"Bearer","expires_in":600}"""
                .formatted(token("service-client", List.of("SERVICE"), Duration.ofMinutes(10)))));
        server.start();
    }

    /** The JVM-wide issuer, with the Spring properties of the service under test pointing at it. */
    public static synchronized TestTokenIssuer install() {
        if (shared == null) {
            shared = new TestTokenIssuer();
        }
        System.setProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", shared.jwksUri());
        System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER);
        System.setProperty("mla.service-auth.token-uri", shared.baseUri() + "/oauth2/token");
        return shared;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwksUri() {
        return baseUri() + "/.well-known/jwks.json";
    }

    /** Forged and flawed tokens against this issuer's key, for security tests. */
    public JwtAttacks attacks() {
        return new JwtAttacks(key, ISSUER, AUDIENCE);
    }

    public String learner(String userId) {
        return token(userId, List.of("LEARNER"), Duration.ofMinutes(10));
    }

    public String token(String subject, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        return sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("roles", roles)
                .claim("name", subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
