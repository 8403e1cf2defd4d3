package io.mlaprep.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** Sign-up refuses what it cannot store or show safely, field by field, and never answers 500. */
class SignUpTest {

    static final String PASSWORD = "correct-horse-42";

    AuthController controller;

    @BeforeEach
    void setUp() throws Exception {
        controller = new LocalIssuer().controller;
    }

    @Test
    void anAddressOverTwoHundredFiftyFourCharactersIsRefused() {
        String huge = "a".repeat(200_000) + "@example.com";

        assertThat(refusal(huge, PASSWORD, "Ana")).containsKey("email");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAFieldProblemNotAServerError() {
        assertThat(refusal("ana@example.com", "a1" + "b".repeat(78), "Ana")).containsKey("password");
        assertThat(refusal("ana@example.com", "日".repeat(30) + "a1", "Ana")).containsKey("password");
        assertThat(signUp("ana@example.com", "a1" + "b".repeat(70), "Ana").email()).isEqualTo("ana@example.com");
    }

    @Test
    void aSignInWithAnOverlongPasswordIsWrongNotBroken() {
        signUp("ana@example.com", PASSWORD, "Ana");

        ErrorResponseException wrong = catchThrowableOfType(ErrorResponseException.class, () ->
                controller.token(new AuthController.Login("ana@example.com", "日".repeat(30) + "a1")).block());

        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void displayNamesWithControlOrInvisibleCharactersAreRefused() {
        for (String name : List.of("Ana\u202Egnp.exe", "Ana\u0000", "Ana\u0007", "\u200B\u200B", "\u200D")) {
            assertThat(refusal("ana@example.com", PASSWORD, name)).as(name).containsKey("displayName");
        }
        assertThat(signUp("ana@example.com", PASSWORD, "  Ｊｏｓé  ").displayName()).isEqualTo("José");
    }

    @Test
    void aFullWidthAddressIsTheSameAccountAsItsPlainForm() {
        signUp("learner@mla.local", PASSWORD, "Plain");

        ErrorResponseException taken = catchThrowableOfType(ErrorResponseException.class,
                () -> signUp("ｌｅａｒｎｅｒ@mla.local", PASSWORD, "Look-alike"));

        assertThat(taken.getStatusCode().value()).isEqualTo(409);
    }

    private AuthController.SignedUp signUp(String email, String password, String displayName) {
        return controller.signUp(new AuthController.SignUp(email, password, displayName)).block().getBody();
    }

    /** The per-field problems of a refused sign-up. */
    private Map<String, String> refusal(String email, String password, String displayName) {
        ErrorResponseException refused = catchThrowableOfType(ErrorResponseException.class,
                () -> signUp(email, password, displayName));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().getProperties().get("errors");
        return errors.stream().collect(java.util.stream.Collectors.toMap(e -> e.get("field"), e -> e.get("message"),
                (a, b) -> a + "; " + b));
    }
}
