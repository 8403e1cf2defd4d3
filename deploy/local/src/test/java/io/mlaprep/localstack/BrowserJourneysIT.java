package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.WebElement;

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
            "sessions", "signin", "player-exam", "result-exam", "cohorts", "cohort-dashboard", "cohort-learner", "bank",
            "question", "author-form", "author-form-errors", "author-import", "author-export", "question-history",
            "player-adaptive", "home-due", "home-dark", "player-review-due", "player-dark");

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
                player.submitAsALearnerWould();
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

        browser.back();
        WebElement leave = player.leaveDialog("Leave the exam?");
        browser.screenshot(journey, "2-back-asks-first");
        leave.findElement(By.xpath(".//button[normalize-space(.)='Stay in the exam']")).click();
        player.waitForNumber(10);
        assertThat(browser.driver().getCurrentUrl()).as("Back, refused, keeps the exam's address").contains("q=10");

        assertThat(browser.asksBeforeLeaving()).as("reloading or closing the exam asks first").isTrue();
        int before = player.secondsLeft();
        long reloadedAt = System.nanoTime();
        browser.reload();
        player = new PlayerPage(browser);
        assertThat(player.number()).as("the reload comes back to the question in the address").isEqualTo(10);
        assertThat(player.progress()).isEqualTo("Question 10 of 65 · 3 answered · 1 flagged");
        int elapsed = (int) Math.ceil((System.nanoTime() - reloadedAt) / 1e9);
        assertThat(player.secondsLeft()).as("the clock went on, it did not restart")
                .isLessThanOrEqualTo(before).isGreaterThanOrEqualTo(before - elapsed - 2);
        browser.screenshot(journey, "3-after-reload");
        player.jumpTo(1);
        player.waitSaved();
        assertThat(browser.present(By.cssSelector(".navigator__grid button.is-flagged[aria-label^='Question 2,']"))).isTrue();

        WebElement finish = player.openFinishDialog("Finish exam");
        assertThat(PlayerPage.listed(finish, "finish-open")).hasSize(62).startsWith("Question 4", "Question 5");
        assertThat(PlayerPage.listed(finish, "finish-flagged")).containsExactly("Question 2");
        browser.screenshot(journey, "4-finish-lists-open-and-flagged");
        player.openFromFinishList(finish, 4);
        player.answer();
        player.submit();
        player.waitSaved();
        assertThat(PlayerPage.listed(player.openFinishDialog("Finish exam"), "finish-open")).hasSize(61)
                .doesNotContain("Question 4");
        browser.visible(By.cssSelector("dialog[open]")).findElement(By.xpath(".//button[normalize-space(.)='Finish exam']")).click();
        browser.waitForHeading("Exam result");
        assertThat(browser.asksBeforeLeaving()).as("a finished exam lets the page go").isFalse();
        assertThat(browser.visible(By.cssSelector(".score__number")).getText()).matches("\\d+ / 1000");
        List<String> domains = browser.all(By.cssSelector(".bars__row .bars__label span:first-child")).stream()
                .map(e -> e.getText()).toList();
        assertThat(domains).as("the domain report").hasSize(4);
        browser.scan("result-exam");
        browser.screenshot(journey, "5-result");
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
                player.answer();
                player.submitAsALearnerWould();
                assertThat(player.feedback()).isNotBlank();
                browser.screenshot(journey, (2 + i) + "-feedback");
                player.next();
            }
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the screen").isLessThanOrEqualTo(Browser.PHONE.width);
            // whichever items were drawn: option texts name condition keys longer than a phone's line
            browser.script("document.querySelectorAll('.stem, label').forEach(e => e.append("
                    + "' sagemaker:InterContainerTrafficEncryption aws:SourceVpce sagemaker:NetworkIsolation'))");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("a long condition key breaks rather than widening the page")
                    .isLessThanOrEqualTo(Browser.PHONE.width);
            browser.scan("player-phone");

            pages.home();
            PlayerPage exam = pages.startExam();
            browser.script("window.scrollTo(0, document.documentElement.scrollHeight)");
            assertThat(browser.script("const r = document.querySelector('.timer').getBoundingClientRect();"
                    + "return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight"))
                    .as("scrolled to the bottom of a question, the exam clock is still in view").isEqualTo(true);
            browser.screenshot(journey, "4-exam-clock-in-view");
            assertThat(exam.secondsLeft()).isPositive();
            browser.clickButton("Sign out");
            exam.leaveDialog("Leave the exam?").findElement(By.xpath(".//button[normalize-space(.)='Leave the exam']")).click();
            browser.waitForHeading("Sign in");
        } finally {
            browser.emulate(Browser.DESKTOP);
        }
    }

    @Test
    @Order(7)
    void aLearnerSeesWhyEachAdaptiveItemCameWhenItComesBackAndReviewsWhatIsDue() {
        begin("review");
        String name = "Rae Review";
        pages.signUp(name, "review-" + System.nanoTime() + "@example.com", PASSWORD);
        browser.clickButton("Adaptive");
        browser.waitForHeading("Adaptive");
        PlayerPage player = new PlayerPage(browser);
        assertThat(player.reason()).as("an adaptive item says why it was chosen").startsWith("Why this question:").hasSizeGreaterThan(30);
        browser.scan("player-adaptive");
        browser.screenshot(journey, "1-adaptive-reason");
        player.answer();
        player.submitAsALearnerWould();
        assertThat(player.feedback()).isNotBlank();
        assertThat(player.nextReview()).as("when spaced review brings the item back").contains("Next review");
        browser.screenshot(journey, "2-next-review");

        // two reviews fell due days ago (the older first), one falls due in three days
        String learnerId = browser.userId();
        RecommenderMemorySeed memory = new RecommenderMemorySeed(config.ports().redis());
        Instant now = Instant.now();
        memory.scheduled(learnerId, "d2-t21-001", now.minus(Duration.ofDays(2)), Duration.ofDays(3));
        memory.scheduled(learnerId, "d1-t11-001", now.minus(Duration.ofDays(9)), Duration.ofDays(3));
        memory.scheduled(learnerId, "d3-t31-001", now.plus(Duration.ofDays(3)), Duration.ofDays(3));

        pages.home();
        browser.until("two reviews due on Home", d -> d.findElements(By.cssSelector("[data-test='due-reviews'] .due__count"))
                .stream().anyMatch(e -> e.getText().equals("2")));
        assertThat(browser.visible(By.cssSelector("[data-test='due-reviews'] .due__next")).getText())
                .as("when the next reviews fall").isNotBlank();
        browser.scan("home-due");
        browser.screenshot(journey, "3-home-due");
        browser.darkTheme(true);
        try {
            browser.scan("home-dark");
            browser.screenshot(journey, "3-home-dark");
        } finally {
            browser.darkTheme(false);
        }
        browser.click(By.cssSelector("[data-test='start-due-review']"));
        browser.waitForHeading("Due reviews");
        player = new PlayerPage(browser);
        assertThat(player.itemCount()).isEqualTo(2);
        assertThat(player.reason()).as("most overdue first: reviewed 12 days ago").contains("12 days ago");
        browser.scan("player-review-due");
        browser.screenshot(journey, "4-review-due");
        browser.darkTheme(true);
        try {
            browser.scan("player-dark");
            browser.screenshot(journey, "4-review-due-dark");
        } finally {
            browser.darkTheme(false);
        }
        player.answer();
        player.submitAsALearnerWould();
        assertThat(player.feedback()).isNotBlank();
        assertThat(player.nextReview()).contains("Next review");
        player.next();
        assertThat(player.reason()).contains("5 days ago");

        // a second tab of the same browser is signed in already
        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.driver().get(config.gatewayUrl() + "/#/home");
        browser.waitForHeading("Welcome, " + name);
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);

        pages.home();
        browser.clickButton("Make my plan");
        WebElement today = browser.visible(By.cssSelector("[data-test='plan-today']"));
        assertThat(today.findElements(By.tagName("button"))).as("today's plan as sessions to start").isNotEmpty();
        assertThat(browser.visible(By.cssSelector(".plan .chips li")).getText())
                .as("plan tasks named, not just numbered").matches("\\d\\.\\d \\S.* · \\d+ questions?");
        browser.screenshot(journey, "5-plan");
        today.findElements(By.tagName("button")).getFirst().click();
        new PlayerPage(browser);
        assertThat(browser.heading()).isIn("Drill", "Adaptive");
    }

    @Test
    @Order(8)
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
        assertThat(AnswerKeyExposure.violations(browser.network.exchanges("review"))).isEmpty();
    }

    @Test
    @Order(5)
    void anInstructorOpensALearnersPageFromTheDashboard() {
        begin("staff");
        pages.openSignIn();
        pages.signIn("instructor@mla.local", config.demoPassword(), "Cohorts");
        browser.scan("cohorts");
        browser.type(By.name("name"), "Browser cohort");
        browser.clickButton("Create cohort");
        String joinCode = browser.visible(By.cssSelector(".code--big")).getText();
        pages.signOut();

        // the demo learner, who sat the exam, joins; so does a new learner who has not practised yet (at risk)
        pages.signIn("learner@mla.local", config.demoPassword(), "Welcome");
        joinCohort(joinCode);
        pages.signUp("Nia New", "nia-" + System.nanoTime() + "@example.com", PASSWORD);
        joinCohort(joinCode);

        pages.openSignIn();
        pages.signIn("instructor@mla.local", config.demoPassword(), "Cohorts");
        browser.click(By.cssSelector("[data-test='copy-join-code']"));
        browser.until("the copy confirmed", d -> d.findElements(By.cssSelector(".copy__status")).stream()
                .anyMatch(e -> e.getText().startsWith("Copied") || e.getText().startsWith("Selected")));
        browser.clickLink("Browser cohort");
        browser.waitForHeading("Browser cohort");
        // the dashboard is recomputed within a second or so of a join and the page fetches it every 30 s: on a busy
        // machine the first fetch can come before the recomputation, and then the instructor refreshes, as a person would
        if (!bothLearnersCounted()) {
            browser.clickButton("Refresh now");
        }
        browser.until("both learners counted", d -> bothLearnersCounted());
        browser.scan("cohort-dashboard");
        browser.screenshot(journey, "1-cohort-dashboard");
        browser.click(By.xpath("//a[@data-test='at-risk-link' and normalize-space(.)='Nia New']"));
        WebElement learnerPage = browser.visible(By.cssSelector("[data-test='cohort-learner']"));
        browser.settled();
        assertThat(browser.heading()).contains("Nia New");
        assertThat(learnerPage.getText()).as("the reasons are this learner's own").contains("No practice yet");
        browser.scan("cohort-learner");
        browser.screenshot(journey, "2-cohort-learner");
        pages.signOut();
    }

    @Test
    @Order(6)
    void anAuthorCreatesEditsRetiresImportsAndExportsQuestions() throws IOException {
        begin("author");
        pages.openSignIn();
        pages.signIn("author@mla.local", config.demoPassword(), "Question bank");
        browser.until("the bank's results", d -> !d.findElements(By.cssSelector("table.bank tbody tr")).isEmpty());
        browser.scan("bank");
        browser.screenshot(journey, "1-bank");

        browser.click(By.cssSelector("[data-test='new-question']"));
        browser.waitForHeading("New question");
        browser.click(By.cssSelector("[data-test='save-question']"));
        browser.until("the API's per-field messages", d -> d.findElements(By.cssSelector("[data-test='field-error']")).size() >= 3);
        assertThat(browser.all(By.cssSelector("[data-test='field-error']")).stream().map(e -> e.getDomAttribute("data-field")))
                .as("fields the API named").contains("stem", "domain", "references", "correct.optionIds");
        browser.scan("author-form-errors");
        browser.screenshot(journey, "2-create-errors");

        pages.choose("Domain", "2");
        pages.choose("Task statement", "2.1");
        pages.fill("Stem", "A team must pick a managed way to tune hyperparameters for a SageMaker training job. "
                + "Which option fits? (Browser journey)");
        String[] options = {"SageMaker automatic model tuning", "SageMaker Model Monitor", "SageMaker Clarify", "SageMaker Neo"};
        for (int i = 0; i < options.length; i++) {
            browser.type(By.cssSelector("[data-option='" + i + "'] [data-part='text']"), options[i]);
            browser.type(By.cssSelector("[data-option='" + i + "'] [data-part='explanation']"),
                    i == 0 ? "It runs many training jobs and keeps the best hyperparameters." : "It does not tune hyperparameters.");
        }
        browser.click(By.cssSelector("[data-option='0'] [data-part='key']"));
        pages.fill("Explanation", "Automatic model tuning searches hyperparameter ranges for the best objective metric.");
        pages.fill("Reference 1", "https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning.html");
        browser.scan("author-form");
        browser.click(By.cssSelector("[data-test='save-question']"));
        browser.until("the new question's page", d -> d.findElements(By.cssSelector("[data-test='version']")).stream()
                .anyMatch(v -> v.getText().equals("1")));
        String id = browser.heading().replace("Question ", "").trim();
        browser.screenshot(journey, "3-created");

        browser.click(By.cssSelector("[data-test='edit-question']"));
        browser.waitForHeading("Edit question " + id);
        WebElement stem = pages.control("Stem");
        stem.sendKeys(" Revised.");
        browser.click(By.cssSelector("[data-test='save-question']"));
        browser.until("version 2", d -> d.findElements(By.cssSelector("[data-test='version']")).stream()
                .anyMatch(v -> v.getText().equals("2")));
        browser.until("both versions in the history", d -> d.findElements(
                By.cssSelector("[data-test='version-history'] li")).size() == 2);
        browser.settled();
        browser.scan("question-history");
        browser.screenshot(journey, "4-version-2");

        browser.click(By.cssSelector("[data-test='retire']"));
        browser.visible(By.cssSelector("dialog[open] [data-test='confirm-retire']")).click();
        browser.until("the question retired", d -> d.findElements(By.cssSelector("#app .page-header")).stream()
                .anyMatch(e -> e.getText().contains("Retired") || e.getText().contains("RETIRED")));
        assertThat(browser.present(By.cssSelector("[data-test='retire']"))).as("no second retire").isFalse();
        browser.screenshot(journey, "5-retired");
        browser.scan("question");

        Path upload = Files.createTempFile("mla-import-", ".json");
        String importStem = "Which AWS service stores raw training data cheaply and durably for SageMaker? (import)";
        Files.writeString(upload, "[" + importable("browser-import-ok", importStem) + "," + importable("browser-import-bad", "") + "]");
        browser.go("/bank/import");
        browser.visible(By.cssSelector("[data-test='import-file']")).sendKeys(upload.toString());
        browser.clickButton("Import");
        WebElement report = browser.until("the import report", d -> d.findElements(By.cssSelector("[data-test='import-report'] table"))
                .stream().findFirst().orElse(null));
        assertThat(report.getText()).as("the one bad entry, by index and field").contains("stem").contains("browser-import-bad");
        browser.scan("author-import");
        browser.screenshot(journey, "6-import-report");

        Path downloads = Files.createTempDirectory("mla-downloads-");
        browser.downloadInto(downloads);
        browser.go("/bank/export");
        browser.scan("author-export");
        browser.click(By.cssSelector("[data-test='export']"));
        Path file = browser.until("the downloaded bank", d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().matches("mla-bank-\\d{4}-\\d{2}-\\d{2}\\.json")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(Files.readString(file)).as("the export holds the question made here, retired").contains(id).contains("RETIRED");
        pages.signOut();
    }

    /** A valid multiple-choice question in the import format. */
    private static String importable(String id, String stem) {
        return """
                {"id":"%s","domain":1,"taskStatement":"1.1","type":"MULTIPLE_CHOICE",
                 "stem":"%s",
                 "options":[{"id":"a","text":"Amazon S3","explanation":"Object storage SageMaker reads directly."},
                            {"id":"b","text":"Amazon SQS","explanation":"A message queue, not a data store."},
                            {"id":"c","text":"Amazon SNS","explanation":"A notification service, not a data store."},
                            {"id":"d","text":"AWS Lambda","explanation":"Compute, not storage."}],
                 "correct":{"optionIds":["a"]},
                 "explanation":"S3 is the usual home of training data.",
                 "references":["https://docs.aws.amazon.com/sagemaker/latest/dg/model-access-training-data.html"]}
                """.formatted(id, stem);
    }

    @Test
    @Order(9)
    void everyPageVisitedPassesAnAxeScan() {
        begin("axe");
        AxeScanner control = new AxeScanner();
        browser.script("document.getElementById('app').insertAdjacentHTML('beforeend', '<input id=\"axe-probe\">')");
        control.scan(browser, "probe");
        browser.script("document.getElementById('axe-probe').remove()");
        assertThat(control.violations()).as("axe-core reports an input without a label")
                .anySatisfy(v -> assertThat(v.rule()).isEqualTo("label"));

        assertThat(browser.axe.scannedPages()).as("pages scanned").containsAll(PAGES);
        assertThat(browser.axe.violations()).as("serious or critical axe-core violations").isEmpty();
    }

    private static boolean bothLearnersCounted() {
        return browser.driver().findElements(By.cssSelector(".stat__value")).stream().anyMatch(e -> e.getText().equals("2"));
    }

    private static void joinCohort(String joinCode) {
        browser.type(By.name("joinCode"), joinCode);
        browser.clickButton("Join");
        browser.visible(By.xpath("//*[contains(text(), 'You joined the cohort')]"));
        pages.signOut();
    }

    private static void begin(String name) {
        browser.fresh();
        journey = name;
        browser.network.journey(name);
    }
}
