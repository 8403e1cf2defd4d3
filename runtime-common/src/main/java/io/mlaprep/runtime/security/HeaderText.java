package io.mlaprep.runtime.security;

import java.util.regex.Pattern;

/**
 * The header checks of Spring Security's strict firewalls (servlet and reactive), with the same verdicts and a fast
 * path for printable ASCII.
 *
 * <p>The firewalls match a header's name and value against a Unicode regular expression each time the header is read.
 * For a bearer token of some 800 characters, read several times per request, that took 3-7 % of the request
 * threads' samples of session- and question-service under load (JFR, issue 15). Printable ASCII is always assigned and never a control character, so such text is let
 * through without the expression; any other text is judged by the firewalls' own expressions, copied here.
 */
public final class HeaderText {

    /** {@code StrictHttpFirewall}'s and {@code StrictServerWebExchangeFirewall}'s rule for header names. */
    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    /** Their rule for header values: as for names, and a tab is allowed. */
    static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private HeaderText() {
    }

    /** @param name null for a header that is absent, which the reactive firewall asks about and allows */
    public static boolean allowedName(String name) {
        return name == null || printableAscii(name, false) || NAME.matcher(name).matches();
    }

    /** @param value null for a header that is absent, which the reactive firewall asks about and allows */
    public static boolean allowedValue(String value) {
        return value == null || printableAscii(value, true) || VALUE.matcher(value).matches();
    }

    private static boolean printableAscii(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7E) && !(tabAllowed && c == '\t')) {
                return false;
            }
        }
        return true;
    }
}
