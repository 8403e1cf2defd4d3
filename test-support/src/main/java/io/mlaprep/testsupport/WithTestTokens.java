package io.mlaprep.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Points the service under test at the test token issuer before its context starts. */
public final class WithTestTokens implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestTokenIssuer.install();
    }
}
