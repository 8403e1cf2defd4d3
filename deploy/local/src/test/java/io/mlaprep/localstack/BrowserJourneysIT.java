package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import io.mlaprep.localstack.PlayerPage.ItemType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The web client in a real headless Chromium against the whole system (one stack for all journeys):
 * a learner practises every question type (ordering and matching by keyboard alone), sits an exam
 * through a page reload, does the same on a phone-sized screen; the page never receives an answer key
 * before it is due; axe-core finds no serious or critical violation on any page visited.
 * Screenshots of the key steps land in target/screenshots/&lt;journey&gt;-&lt;step&gt;.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "io.mlaprep.localstack.Browser$Binaries#presentOrRequired",
        disabledReason = "Browser tests skipped: " + Browser.Binaries.NEEDED)
class BrowserJourneysIT {

    private static final String PASSWORD = "practice4exam";
    private static final Set<String> PAGES = Set.of("signup", "home", "player", "player-feedback", "result", "review",
            "sessions", "signin", "player-exam", "result-exam", "cohorts", "cohort-dashboard", "bank", "question");

    private static StackConfig config;
    private static LocalStack stack;
    private static Browser browser;
    private static Pages pages;
    private static String journey = "setup";

    @RegisterExtension
    static final AfterTestExecutionCallback SCREENSHOT_ON_FAILURE = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot(journey, "failure");
        }
    };

    @BeforeAll
    static void startStackAndBrowser() throws IOException {
        Browser.Binaries binaries = Browser.Binaries.fromSystem();
        binaries.requirePresent();
        config = TestStacks.onFreePorts("mla-browser-", StackConfig.DEFAULT_JAVA_OPTIONS);
        stack = LocalStack.start(config, System.out);
        browser = Browser.open(binaries, config.gatewayUrl(), new AxeScanner());
        pages = new Pages(browser);
    }

    @AfterAll
    static void stopBrowserAndStack() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void aNewLearnerPractisesEveryQuestionTypeAndSeesTheExplanations() {
        begin("practice");
        String name = "Pat Practice";
        pages.fillSignUp(name, "practice-" + System.nanoTime() + "@example.com", PASSWORD);
        browser.scan("signup");
        pages.submitSignUp(name);
        browser.scan("home");
        browser.screenshot(journey, "1-home");

        Set<ItemType> answered = EnumSet.noneOf(ItemType.class);
        for (int session = 0; session < 3 && answered.size() < ItemType.values().length; session++) {
            if (session > 0) {
                pages.home();
            }
            PlayerPage player = pages.startPractice(30);
            if (session == 0) {
                browser.scan("player");
                browser.screenshot(journey, "2-first-question");
            }
            answerNewTypes(player, answered);
            player.finishFromDialog("Finish session");
            browser.waitForHeading("Practice result");
        }
        assertThat(answered).as("question types answered").containsExactlyInAnyOrder(ItemType.values());

        browser.scan("result");
        browser.screenshot(journey, "7-result");
        browser.clickLink("Review answers");
        browser.waitForHeading("Review: Practice");
        browser.scan("review");
        browser.clickLink("My sessions");
        browser.waitForHeading("My sessions");
        browser.scan("sessions");
        pages.signOut();
    }

    /** Answers each item whose type was not answered yet and skips the others, to the session's end. */
    private static void answerNewTypes(PlayerPage player, Set<ItemType> answered) {
        int count = player.itemCount();
        while (true) {
            ItemType type = player.type();
            if (!player.answered() && !answered.contains(type)) {
                player.answer();
                browser.screenshot(journey, (3 + answered.size()) + "-" + type.name().toLowerCase() + "-answered");
                if (type == ItemType.ORDERING || type == ItemType.MATCHING) {
                    player.submitByKeyboard();
                } else {
                    player.submit();
                }
                assertThat(player.feedback()).as("explanation after a %s answer", type).isNotBlank();
                if (answered.isEmpty()) {
                    browser.scan("player-feedback");
                }
                answered.add(type);
                browser.screenshot(journey, (3 + answered.size() - 1) + "-" + type.name().toLowerCase() + "-feedback");
            }
            if (answered.size() == ItemType.values().length || player.number() == count) {
                return;
            }
            player.next();
        }
    }

    @Test
    @Order(2)
    void aLearnerSitsAnExamThroughAReloadAndSeesTheDomainReport() {
        begin("exam");
        pages.openSignIn();
        browser.scan("signin");
        pages.signIn("learner@mla.local", config.demoPassword(), "Welcome");
        PlayerPage player = pages.startExam();
        assertThat(player.itemCount()).isEqualTo(65);
        browser.scan("player-exam");
        for (int n = 1; n <= 3; n++) {
            player.answer();
            player.submit();
            player.waitSaved();
            if (n == 2) {
                player.flag();
            }
            if (n < 3) {
                player.next();
            }
        }
        browser.screenshot(journey, "1-three-saved-one-flagged");
        player.jumpTo(10);
        assertThat(player.progress()).isEqualTo("Question 10 of 65 · 3 answered · 1 flagged");
        int before = player.secondsLeft();
        long reloadedAt = System.nanoTime();

        browser.reload();
        player = new PlayerPage(browser);
        assertThat(player.number()).as("the reload comes back to the question in the address").isEqualTo(10);
        assertThat(player.progress()).isEqualTo("Question 10 of 65 · 3 answered · 1 flagged");
        int elapsed = (int) Math.ceil((System.nanoTime() - reloadedAt) / 1e9);
        assertThat(player.secondsLeft()).as("the clock went on, it did not restart")
                .isLessThanOrEqualTo(before).isGreaterThanOrEqualTo(before - elapsed - 2);
        browser.screenshot(journey, "2-after-reload");
        player.jumpTo(1);
        player.waitSaved();
        assertThat(browser.present(By.cssSelector(".navigator__grid button.is-flagged[aria-label^='Question 2,']"))).isTrue();

        player.finishFromDialog("Finish exam");
        browser.waitForHeading("Exam result");
        assertThat(browser.visible(By.cssSelector(".score__number")).getText()).matches("\\d+ / 1000");
        List<String> domains = browser.all(By.cssSelector(".bars__row .bars__label span:first-child")).stream()
                .map(e -> e.getText()).toList();
        assertThat(domains).as("the domain report").hasSize(4);
        browser.scan("result-exam");
        browser.screenshot(journey, "3-result");
        pages.signOut();
    }

    @Test
    @Order(3)
    void aLearnerPractisesOnAPhoneSizedScreen() {
        begin("phone");
        browser.emulate(Browser.PHONE);
        try {
            String name = "Pia Phone";
            pages.fillSignUp(name, "phone-" + System.nanoTime() + "@example.com", PASSWORD);
            pages.submitSignUp(name);
            browser.screenshot(journey, "1-home");
            PlayerPage player = pages.startPractice(10);
            for (int i = 0; i < 2; i++) {
                ItemType type = player.type();
                player.answer();
                if (type == ItemType.ORDERING || type == ItemType.MATCHING) {
                    player.submitByKeyboard();
                } else {
                    player.submit();
                }
                assertThat(player.feedback()).isNotBlank();
                browser.screenshot(journey, (2 + i) + "-feedback");
                player.next();
            }
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the screen").isLessThanOrEqualTo(Browser.PHONE.width);
            browser.scan("player-phone");
            pages.signOut();
        } finally {
            browser.emulate(Browser.DESKTOP);
        }
    }

    @Test
    @Order(4)
    void thePageNeverReceivedAnAnswerKeyBeforeItWasDue() {
        begin("answer-keys");
        List<NetworkRecorder.Exchange> practice = browser.network.exchanges("practice");
        List<NetworkRecorder.Exchange> exam = browser.network.exchanges("exam");
        assertThat(browser.network.unreadable()).as("responses whose body could not be read").isEmpty();
        assertThat(practice).as("the recorder saw the practice feedback, key included")
                .anySatisfy(e -> assertThat(e.body()).contains("\"correctResponse\""));
        assertThat(exam).as("the recorder saw the exam's items")
                .filteredOn(e -> e.path().matches("/api/sessions/[^/]+/items/\\d+")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(exam).as("... and its saved answers")
                .filteredOn(e -> e.method().equals("PUT")).hasSizeGreaterThanOrEqualTo(4);

        assertThat(AnswerKeyExposure.violations(practice)).isEmpty();
        assertThat(AnswerKeyExposure.violations(exam)).isEmpty();
        assertThat(AnswerKeyExposure.violations(browser.network.exchanges("phone"))).isEmpty();
    }

    @Test
    @Order(5)
    void staffPagesAndEveryPageVisitedPassAnAxeScan() {
        begin("staff");
        pages.openSignIn();
        pages.signIn("instructor@mla.local", config.demoPassword(), "Cohorts");
        browser.scan("cohorts");
        browser.type(By.name("name"), "Browser cohort");
        browser.clickButton("Create cohort");
        String joinCode = browser.visible(By.cssSelector(".code--big")).getText();
        pages.signOut();

        // the demo learner, who sat the exam, joins: the dashboard then has someone to show
        pages.signIn("learner@mla.local", config.demoPassword(), "Welcome");
        browser.type(By.name("joinCode"), joinCode);
        browser.clickButton("Join");
        browser.visible(By.xpath("//*[contains(text(), 'You joined the cohort')]"));
        pages.signOut();

        pages.signIn("instructor@mla.local", config.demoPassword(), "Cohorts");
        browser.clickLink("Browser cohort");
        browser.waitForHeading("Browser cohort");
        assertThat(browser.visible(By.cssSelector(".stat__value")).getText()).as("learners in the cohort").isEqualTo("1");
        browser.scan("cohort-dashboard");
        browser.screenshot(journey, "1-cohort-dashboard");
        pages.signOut();

        pages.signIn("author@mla.local", config.demoPassword(), "Question bank");
        browser.until("the bank's results", d -> !d.findElements(By.cssSelector("table.bank tbody tr")).isEmpty());
        browser.scan("bank");
        browser.screenshot(journey, "2-bank");
        browser.click(By.cssSelector("table.bank tbody tr th a"));
        browser.until("a question page", d -> d.findElements(By.cssSelector("#app h1")).stream()
                .anyMatch(h -> h.getText().startsWith("Question ")));
        browser.settled();
        browser.scan("question");
        browser.screenshot(journey, "3-question");
        pages.signOut();

        AxeScanner control = new AxeScanner();
        browser.script("document.getElementById('app').insertAdjacentHTML('beforeend', '<input id=\"axe-probe\">')");
        control.scan(browser, "probe");
        browser.script("document.getElementById('axe-probe').remove()");
        assertThat(control.violations()).as("axe-core reports an input without a label")
                .anySatisfy(v -> assertThat(v.rule()).isEqualTo("label"));

        assertThat(browser.axe.scannedPages()).as("pages scanned").containsAll(PAGES);
        assertThat(browser.axe.violations()).as("serious or critical axe-core violations").isEmpty();
    }

    private static void begin(String name) {
        journey = name;
        browser.network.journey(name);
    }
}
