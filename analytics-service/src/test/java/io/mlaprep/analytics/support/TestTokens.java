package io.mlaprep.analytics.support;

import io.mlaprep.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

public final class TestTokens implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestTokenIssuer.install();
    }
}
