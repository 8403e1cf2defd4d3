package io.mlaprep.gateway.issuer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an account's e-mail address and display name may be. Both are NFKC-normalised first, so that
 * look-alikes (full-width letters, compatibility forms) are the same address and the same name.
 */
final class AccountRules {

    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 60;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    /** Control and format characters (NUL, BEL, right-to-left override, zero-width space ...) and separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cn}]");
    private static final Pattern VISIBLE = Pattern.compile("[\\p{L}\\p{N}]");

    private AccountRules() {
    }

    static String normalizeEmail(String email) {
        return Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    static Optional<String> emailProblem(String email) {
        if (email == null || email.length() > MAX_EMAIL || !EMAIL.matcher(normalizeEmail(email)).matches()) {
            return Optional.of("must be an e-mail address like ana@example.com, at most " + MAX_EMAIL + " characters");
        }
        return Optional.empty();
    }

    static String normalizeDisplayName(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    static Optional<String> displayNameProblem(String normalizedName) {
        if (normalizedName.isEmpty() || normalizedName.length() > MAX_DISPLAY_NAME) {
            return Optional.of("must be 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        if (INVISIBLE.matcher(normalizedName).find()) {
            return Optional.of("must not contain control or invisible formatting characters");
        }
        if (!VISIBLE.matcher(normalizedName).find()) {
            return Optional.of("must contain a letter or a digit");
        }
        return Optional.empty();
    }
}
