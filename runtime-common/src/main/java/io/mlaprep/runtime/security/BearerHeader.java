package io.mlaprep.runtime.security;

/**
 * The token of an {@code Authorization: Bearer} header, read as Spring Security's bearer token resolvers read it
 * (RFC 6750's {@code b64token}: {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}, case-insensitive), without their
 * regular expression: 3-4 % of the request threads' samples of session- and question-service under load (JFR, issue 15).
 */
public final class BearerHeader {

    private static final String PREFIX = "Bearer ";
    private static final boolean[] TOKEN_CHARS = tokenChars();

    private BearerHeader() {
    }

    /**
     * @return the token when the header is a well-formed bearer header, else null: the caller then leaves the header
     *         to Spring Security's own resolver, which tells a missing or other scheme (no token) from a malformed
     *         one (401 invalid_token)
     */
    public static String wellFormedToken(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        int end = header.length();
        int i = PREFIX.length();
        while (i < end && isTokenChar(header.charAt(i))) {
            i++;
        }
        if (i == PREFIX.length()) {
            return null;
        }
        while (i < end && header.charAt(i) == '=') {
            i++;
        }
        return i == end ? header.substring(PREFIX.length()) : null;
    }

    private static boolean isTokenChar(char c) {
        return c < TOKEN_CHARS.length && TOKEN_CHARS[c];
    }

    /** One lookup per character, as this runs over every character of every request's token. */
    private static boolean[] tokenChars() {
        boolean[] chars = new boolean[128];
        for (char c = 0; c < chars.length; c++) {
            chars[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        }
        return chars;
    }
}
