package io.mlaprep.localstack;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page-level steps of the web client, each ending when the next page has rendered. */
final class Pages {

    private final Browser browser;

    Pages(Browser browser) {
        this.browser = browser;
    }

    /** Fills the sign-up form; call submitSignUp() to send it (the filled form is worth a scan first). */
    void fillSignUp(String name, String email, String password) {
        browser.go("/signup");
        browser.waitForHeading("Create an account");
        browser.type(By.name("displayName"), name);
        browser.type(By.name("email"), email);
        browser.type(By.name("password"), password);
    }

    void submitSignUp(String name) {
        browser.clickButton("Create account");
        browser.waitForHeading("Welcome, " + name);
    }

    void openSignIn() {
        browser.go("/signin");
        browser.waitForHeading("Sign in");
    }

    /** On the sign-in page: signs in and waits for the role's start page (its heading starts so). */
    void signIn(String email, String password, String startHeading) {
        browser.type(By.name("email"), email);
        browser.type(By.name("password"), password);
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.waitForHeadingStarting(startHeading);
    }

    void signOut() {
        browser.clickButton("Sign out");
        browser.waitForHeading("Sign in");
    }

    /** From the learner's home page. */
    PlayerPage startPractice(int size) {
        new Select(browser.visible(By.name("size"))).selectByValue(String.valueOf(size));
        browser.clickButton("Practice");
        browser.waitForHeading("Practice");
        return new PlayerPage(browser);
    }

    /** From the learner's home page, through the confirmation dialog. */
    PlayerPage startExam() {
        browser.clickButton("Start exam simulation");
        browser.visible(By.cssSelector("dialog[open]")).findElement(By.xpath(".//button[normalize-space(.)='Start the exam']")).click();
        browser.waitForHeading("Exam simulation");
        return new PlayerPage(browser);
    }

    /** The form control a visible label names, found the way a screen reader pairs them (label for=id). */
    WebElement control(String label) {
        WebElement element = browser.visible(By.xpath("//label[normalize-space(.)=" + Browser.literal(label) + "]"));
        return browser.visible(By.id(element.getDomAttribute("for")));
    }

    /** Types into the control a label names. */
    void fill(String label, String text) {
        WebElement control = control(label);
        control.clear();
        control.sendKeys(text);
    }

    void choose(String label, String value) {
        new Select(control(label)).selectByValue(value);
    }

    /** Signs up a new learner from the sign-in page onwards; ends on their Home page. */
    void signUp(String name, String email, String password) {
        fillSignUp(name, email, password);
        submitSignUp(name);
    }

    void home() {
        browser.clickLink("Home");
        browser.waitForHeadingStarting("Welcome");
    }
}
