package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The session player (#/session/{id}): what a learner sees and does while answering. */
final class PlayerPage {

    enum ItemType { MULTIPLE_CHOICE, MULTIPLE_RESPONSE, ORDERING, MATCHING }

    private static final By ITEM_TITLE = By.cssSelector(".player__item .item__title");
    private static final By SUBMIT = By.cssSelector(".item__submit button[type=submit]");
    private static final Pattern TIME_LEFT = Pattern.compile("(?:(\\d+):)?(\\d{2}):(\\d{2})");
    private static final Pattern COUNT = Pattern.compile("of (\\d+) selected");

    private final Browser browser;

    PlayerPage(Browser browser) {
        this.browser = browser;
        waitForItem();
    }

    /** Waits until the current question is drawn: either its answer form or its worked solution. */
    void waitForItem() {
        browser.until("a question in the player", d -> !d.findElements(ITEM_TITLE).isEmpty()
                && d.findElements(By.cssSelector(".player__item .loading")).isEmpty()
                && (!d.findElements(By.cssSelector(".player__item .item__form")).isEmpty()
                || !d.findElements(By.cssSelector(".player__item .solution")).isEmpty()));
    }

    int number() {
        return Integer.parseInt(browser.visible(ITEM_TITLE).getText().replace("Question ", "").trim());
    }

    int itemCount() {
        Matcher m = Pattern.compile("of (\\d+)").matcher(progress());
        assertThat(m.find()).as("progress line names the item count").isTrue();
        return Integer.parseInt(m.group(1));
    }

    String progress() {
        return browser.visible(By.cssSelector(".player__progress")).getText();
    }

    boolean answered() {
        return browser.present(By.cssSelector(".player__item .solution"));
    }

    /** The question type, told by the control the player drew for it. */
    ItemType type() {
        if (browser.present(By.cssSelector(".player__item .ordering"))) {
            return ItemType.ORDERING;
        }
        if (browser.present(By.cssSelector(".player__item .matching"))) {
            return ItemType.MATCHING;
        }
        if (browser.present(By.cssSelector(".player__item .choices input[type=checkbox]"))) {
            return ItemType.MULTIPLE_RESPONSE;
        }
        return ItemType.MULTIPLE_CHOICE;
    }

    /** Fills in an answer: choices with the mouse, ordering and matching with the keyboard alone. */
    void answer() {
        switch (type()) {
            case MULTIPLE_CHOICE -> browser.click(browser.all(By.cssSelector(".player__item .choice")).getFirst());
            case MULTIPLE_RESPONSE -> chooseAsManyAsAsked();
            case ORDERING -> orderByKeyboard();
            case MATCHING -> matchByKeyboard();
        }
    }

    private void chooseAsManyAsAsked() {
        String counter = browser.visible(By.cssSelector(".player__item .choices__count")).getText();
        Matcher m = COUNT.matcher(counter);
        // the counter says "0 of N selected" when the item tells how many, else "0 selected"
        int wanted = m.find() ? Integer.parseInt(m.group(1)) : 2;
        List<WebElement> choices = browser.all(By.cssSelector(".player__item .choice"));
        for (int i = 0; i < wanted; i++) {
            browser.click(choices.get(i));
        }
        assertThat(browser.visible(By.cssSelector(".player__item .choices__count")).getText())
                .startsWith(wanted + " ");
    }

    /** Tab to the first step's "Move down", Enter moves it one down, Space once more; focus follows the step. */
    private void orderByKeyboard() {
        List<String> before = stepOrder();
        focusHeading();
        browser.tabTo(".ordering button:not([disabled])", 10);
        String moved = before.getFirst();
        browser.press(Keys.ENTER);
        browser.press(Keys.SPACE);
        List<String> after = stepOrder();
        assertThat(after).as("the first step moved down twice by keyboard").hasSameElementsAs(before);
        assertThat(after.indexOf(moved)).isEqualTo(Math.min(2, before.size() - 1));
        assertThat(browser.script("return document.activeElement.closest('.ordering__step')?.dataset.id"))
                .as("focus stays on the moved step").isEqualTo(moved);
    }

    private List<String> stepOrder() {
        return browser.all(By.cssSelector(".player__item .ordering__step")).stream().map(li -> li.getAttribute("data-id")).toList();
    }

    /** Tab from select to select; the arrow keys pick a match in each without opening it. */
    private void matchByKeyboard() {
        List<WebElement> selects = browser.all(By.cssSelector(".player__item .matching select"));
        focusHeading();
        for (int i = 0; i < selects.size(); i++) {
            browser.tabTo(".matching__row:nth-of-type(" + (i + 1) + ") select", 10);
            int options = selects.get(i).findElements(By.tagName("option")).size() - 1;
            for (int k = 0; k <= i % options; k++) {
                browser.press(Keys.ARROW_DOWN);
            }
            assertThat(selects.get(i).getDomProperty("value")).as("match %d chosen by arrow keys", i + 1).isNotEmpty();
        }
    }

    /** The player puts focus on the question heading when it shows a question; start from there. */
    private void focusHeading() {
        browser.script("document.querySelector('.player__item .item__title').focus()");
    }

    /** Submits with the keyboard: Tab to the submit button, Enter. */
    void submitByKeyboard() {
        browser.tabTo(".item__submit button[type=submit]", 15);
        browser.press(Keys.ENTER);
    }

    void submit() {
        browser.click(SUBMIT);
    }

    /** Submits as the answer was given: ordering and matching by keyboard, the choices with the mouse. */
    void submitAsALearnerWould() {
        ItemType type = type();
        if (type == ItemType.ORDERING || type == ItemType.MATCHING) {
            submitByKeyboard();
        } else {
            submit();
        }
    }

    /** After a practice answer: the verdict and the explanation are shown. */
    String feedback() {
        browser.until("the verdict", d -> !d.findElements(By.cssSelector(".player__item .verdict")).isEmpty());
        return browser.visible(By.cssSelector(".player__item .solution__explanation")).getText();
    }

    /** After an exam answer: saved, no feedback. */
    void waitSaved() {
        browser.until("'Answer saved'", d -> d.findElements(By.cssSelector(".save-status")).stream()
                .anyMatch(s -> s.getText().equals("Answer saved")));
        assertThat(browser.present(By.cssSelector(".player__item .verdict"))).isFalse();
    }

    void next() {
        int from = number();
        browser.click(By.xpath("//div[@class='item__nav']/button[starts-with(normalize-space(.), 'Next')]"));
        waitForNumber(from + 1);
    }

    /** Jumps with the navigator grid. */
    void jumpTo(int n) {
        browser.click(By.cssSelector(".navigator__grid button[aria-label^='Question " + n + ",']"));
        waitForNumber(n);
    }

    void waitForNumber(int n) {
        browser.until("question " + n, d -> d.findElements(ITEM_TITLE).stream().anyMatch(t -> t.getText().equals("Question " + n)));
        waitForItem();
    }

    void flag() {
        int n = number();
        browser.click(By.xpath("//label[normalize-space(.)='Flag this question for review']"));
        browser.until("question " + n + " flagged in the grid", d -> !d.findElements(
                By.cssSelector(".navigator__grid button.is-flagged[aria-label^='Question " + n + ",']")).isEmpty());
    }

    int secondsLeft() {
        Matcher m = TIME_LEFT.matcher(browser.visible(By.cssSelector(".timer")).getText());
        assertThat(m.find()).isTrue();
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    }

    /** Finish from the bar, then confirm in the dialog. */
    void finishFromDialog(String label) {
        openFinishDialog(label).findElement(By.xpath(".//button[normalize-space(.)='" + label + "']")).click();
    }

    /** Opens the finish dialog from the bar and leaves it open. */
    WebElement openFinishDialog(String label) {
        browser.click(By.xpath("//div[@class='player__bar-actions']/button[normalize-space(.)=" + "'" + label + "']"));
        return browser.visible(By.cssSelector("dialog[open]"));
    }

    /** The questions the open finish dialog lists in one of its sections ("finish-open", "finish-flagged"). */
    static List<String> listed(WebElement dialog, String section) {
        return dialog.findElements(By.cssSelector("[data-test='" + section + "'] a")).stream().map(WebElement::getText).toList();
    }

    /** In the open finish dialog: follows the link to a listed question, which closes the dialog. */
    void openFromFinishList(WebElement dialog, int n) {
        dialog.findElement(By.xpath(".//a[normalize-space(.)='Question " + n + "']")).click();
        waitForNumber(n);
        browser.until("the finish dialog to close", d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
    }

    /** The in-page question shown when a view asks before it is left, e.g. "Leave the exam?". */
    WebElement leaveDialog(String title) {
        WebElement dialog = browser.visible(By.cssSelector("dialog[open]"));
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo(title);
        return dialog;
    }

    /** Why the recommender chose this item, as the player shows it; empty when it shows none. */
    String reason() {
        return browser.all(By.cssSelector(".player__item [data-test='item-reason']")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** After a practice answer: when spaced review brings the item back; empty when not shown. */
    String nextReview() {
        return browser.all(By.cssSelector(".player__item [data-test='next-review']")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }
}
