package io.mlaprep.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** Sign-in costs one BCrypt check in every case, so its timing does not tell which e-mails have accounts. */
class SignInTest {

    static final String EMAIL = "ana@example.com";
    static final String PASSWORD = "correct-horse-42";

    CountingPasswordEncoder bcrypt;
    AuthController controller;

    @BeforeEach
    void setUp() throws Exception {
        LocalIssuer issuer = new LocalIssuer();
        bcrypt = issuer.bcrypt;
        controller = issuer.controller;
        issuer.accounts.create(EMAIL, "Ana", bcrypt.encode(PASSWORD), List.of("LEARNER")).block();
    }

    @Test
    void aWrongPasswordCostsOneCheckLikeAnUnknownAddress() {
        assertThatThrownBy(() -> signIn(EMAIL, "wrong-password-1")).isInstanceOf(ErrorResponseException.class);
        assertThat(bcrypt.checks.getAndSet(0)).as("existing account, wrong password").isEqualTo(1);

        assertThatThrownBy(() -> signIn("nobody@example.com", PASSWORD)).isInstanceOf(ErrorResponseException.class);
        assertThat(bcrypt.checks.getAndSet(0)).as("no such account").isEqualTo(1);
    }

    @Test
    void theRightPasswordCostsOneCheckAndGetsAToken() {
        AuthController.Token token = signIn(EMAIL, PASSWORD);

        assertThat(token.userId()).isEqualTo("user-0");
        assertThat(token.displayName()).as("what the web client shows").isEqualTo("Ana");
        assertThat(bcrypt.checks.get()).isEqualTo(1);
    }

    @Test
    void aRefreshTokenBuysOneNewAccessTokenAndSigningOutRevokesIt() {
        AuthController.Token signedIn = signIn(EMAIL, PASSWORD);

        AuthController.Token refreshed = refresh(signedIn.refreshToken());
        assertThat(refreshed.userId()).isEqualTo(signedIn.userId());
        assertThat(refreshed.refreshToken()).isNotEqualTo(signedIn.refreshToken());
        assertThat(status(() -> refresh(signedIn.refreshToken()))).as("a used refresh token").isEqualTo(401);

        controller.logout(new AuthController.Refresh(refreshed.refreshToken())).block();
        assertThat(status(() -> refresh(refreshed.refreshToken()))).as("after sign-out").isEqualTo(401);
        assertThat(status(() -> refresh(null))).isEqualTo(401);
    }

    private AuthController.Token refresh(String refreshToken) {
        return controller.refresh(new AuthController.Refresh(refreshToken)).block();
    }

    private static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (ErrorResponseException e) {
            return e.getStatusCode().value();
        }
    }

    private AuthController.Token signIn(String email, String password) {
        return controller.token(new AuthController.Login(email, password)).block();
    }
}
