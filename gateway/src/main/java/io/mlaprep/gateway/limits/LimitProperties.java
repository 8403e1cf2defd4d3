package io.mlaprep.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param api         per signed-in user on /api (every /api call but sign-up and sign-in needs a token)
 * @param auth        per client address on sign-up, sign-in and the token endpoint: tighter, against guessing
 * @param maxBody     request body limit
 * @param maxImportBody the limit for question imports, which carry whole banks
 */
@ConfigurationProperties("mla.limits")
public record LimitProperties(Bucket api, Bucket auth, DataSize maxBody, DataSize maxImportBody) {

    /** @param perSecond sustained requests per second; {@code burst} how many may come at once */
    public record Bucket(double perSecond, int burst) {
    }
}
