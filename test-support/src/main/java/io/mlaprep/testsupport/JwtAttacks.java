package io.mlaprep.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens an attacker might try against an issuer's key: each must be refused with 401. Built from the
 * real signing key, so the only thing wrong with each token is the one thing its name says.
 */
public final class JwtAttacks {

    private final RSAKey key;
    private final String issuer;
    private final String audience;

    public JwtAttacks(RSAKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A token the service must accept, to show the refusals below are about the flaw alone. */
    public String valid(String subject, List<String> roles) {
        return sign(claims(subject, roles).build(), key);
    }

    public Map<String, String> refusable(String subject) {
        Map<String, String> tokens = new LinkedHashMap<>();
        Instant now = Instant.now();
        tokens.put("alg none", new PlainJWT(claims(subject, List.of("LEARNER")).build()).serialize());
        tokens.put("HS256 signed with the RSA public key", hmacWithPublicKey(claims(subject, List.of("LEARNER")).build()));
        tokens.put("signed by another key", sign(claims(subject, List.of("LEARNER")).build(), otherKey()));
        tokens.put("expired", sign(claims(subject, List.of("LEARNER"))
                .issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .notBeforeTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1)))).build(), key));
        tokens.put("not yet valid", sign(claims(subject, List.of("LEARNER"))
                .notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.plus(Duration.ofHours(2)))).build(), key));
        tokens.put("wrong issuer", sign(claims(subject, List.of("LEARNER")).issuer("https://evil.example").build(), key));
        tokens.put("wrong audience", sign(claims(subject, List.of("LEARNER")).audience("someone-else").build(), key));
        tokens.put("roles claim tampered", tamperRoles(valid(subject, List.of("LEARNER"))));
        tokens.put("garbage", "not.a.jwt");
        return tokens;
    }

    private JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject).claim("roles", roles)
                .claim("name", subject).issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10)))).jwtID(UUID.randomUUID().toString());
    }

    private String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmacWithPublicKey(JWTClaimsSet claims) {
        try {
            byte[] secret = key.toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tamperRoles(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"LEARNER\"", "\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static RSAKey otherKey() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
