package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stance.data.Label;

/**
 * The analysts' page in headless Chromium against the real server: what the page shows is held
 * equal to what {@code /v1/analyze} answers for the same text, never to fixed labels.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String[] LABELS = Label.ids().toArray(String[]::new);

    @TempDir
    static Path work;
    static TestServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static String newsPage;
    static String pageUrl;

    @BeforeAll
    static void start() throws Exception {
        if (!Browser.installed()) {
            System.out.println(Browser.MISSING);
            return;
        }
        server = new TestServer(work.resolve("feedback"), TestServer.TOKEN);
        pageUrl = server.uri("/").toString();
        driver = Browser.start(work.resolve("profile"), work.resolve("downloads"));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        newsPage = new String(WebPageTest.class.getResourceAsStream("/web/news-page.txt").readAllBytes(), StandardCharsets.UTF_8);
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(Browser.installed(), Browser.MISSING);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void open() {
        driver.get(pageUrl);
        wait.until(d -> !d.findElement(By.id("model")).getText().equals("loading"));
        // Any Content-Security-Policy violation (inline script or style the page should not have) is recorded.
        js("window.__violations = []; document.addEventListener('securitypolicyviolation',"
                + " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    /** Pastes the text, presses Analyse and waits for the sentences or an error. */
    private static void analyzeOnPage(String text) {
        if (!driver.getCurrentUrl().startsWith(pageUrl)) {
            open();
        }
        js("document.getElementById('article').value = arguments[0];"
                + "document.getElementById('result').replaceChildren(); document.getElementById('error').textContent = '';", text);
        driver.findElement(By.id("analyze")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#result [data-sentence]")).isEmpty()
                || !d.findElement(By.id("error")).getText().isEmpty());
        wait.until(d -> !d.findElement(By.id("progress-box")).isDisplayed());
    }

    private static JsonNode api(String text) throws Exception {
        HttpResponse<String> r = server.post("/v1/analyze?explain=true", "text/plain; charset=utf-8", text);
        assertEquals(200, r.statusCode(), r.body());
        return TestServer.json(r);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> shownSentences() {
        return (List<Map<String, String>>) js("return Array.from(document.querySelectorAll('[data-sentence]')).map(e => ({"
                + "text: e.textContent, label: e.dataset.label, confidence: e.dataset.confidence, start: e.dataset.start,"
                + "end: e.dataset.end, speaker: e.dataset.speaker}));");
    }

    private static void assertSameSentences(JsonNode expected, List<Map<String, String>> shown) {
        assertEquals(expected.size(), shown.size(), "one [data-sentence] per sentence of the answer");
        for (int i = 0; i < shown.size(); i++) {
            JsonNode e = expected.get(i);
            Map<String, String> s = shown.get(i);
            assertEquals(e.get("text").asText(), s.get("text"));
            assertEquals(e.get("label").asText(), s.get("label"));
            assertEquals(e.get("confidence").asDouble(), Double.parseDouble(s.get("confidence")), 0.0);
            assertEquals(e.get("start").asText(), s.get("start"));
            assertEquals(e.get("end").asText(), s.get("end"));
            assertEquals(e.get("speaker").isNull() ? "" : e.get("speaker").asText(), s.get("speaker"));
        }
    }

    @Test
    @Order(1)
    void servesThePageWithAStrictPolicyAndNoInlineCode() throws Exception {
        HttpResponse<String> r = server.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'none'") && !policy.contains("unsafe"), policy);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        String html = r.body();
        assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script");
        assertFalse(html.matches("(?s).*\\s(style|on\\w+)=.*"), "no inline style or event handler");
        assertEquals(200, server.get("/web/app.js").statusCode());
        assertEquals("nosniff", server.get("/web/app.js").headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    @Order(2)
    void newsPageMatchesTheApiSentenceForSentence() throws Exception {
        open();
        JsonNode expected = api(newsPage);
        assertEquals(3, expected.get("speakers").size(), "the page quotes three people: " + expected.get("speakers"));
        analyzeOnPage(newsPage);
        assertEquals("", driver.findElement(By.id("error")).getText());
        assertSameSentences(expected.get("sentences"), shownSentences());
        for (String label : LABELS) {
            assertEquals(expected.at("/summary/" + label).asInt(),
                    driver.findElements(By.cssSelector("[data-sentence][data-label='" + label + "']")).size(), label);
        }
        // Coloured, and readable: dark text on every sentence's tint keeps WCAG AA contrast (4.5:1).
        Object lowest = js("const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(x => x / 255)"
                + ".map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));"
                + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
                + "return Math.min(...Array.from(document.querySelectorAll('[data-sentence]')).map(e => {"
                + " const s = getComputedStyle(e); if (s.backgroundColor === 'rgba(0, 0, 0, 0)') return 0;"
                + " const a = lum(s.color), b = lum(s.backgroundColor);"
                + " return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }));");
        assertTrue(((Number) lowest).doubleValue() >= 4.5, "lowest contrast " + lowest);
        assertEquals(model(), driver.findElement(By.id("model")).getText());
        assertTrue(driver.findElement(By.tagName("footer")).getText().contains("macro-F1"));
    }

    private static String model() throws Exception {
        return TestServer.json(server.get("/v1/model")).get("id").asText();
    }

    @Test
    @Order(3)
    void summaryTableAndChartCountPerSpeaker() throws Exception {
        JsonNode expected = api(newsPage);
        List<String> speakers = new ArrayList<>();
        expected.get("speakers").fieldNames().forEachRemaining(speakers::add);
        speakers.add("");
        for (String speaker : speakers) {
            JsonNode counts = speaker.isEmpty() ? expected.get("summary") : expected.get("speakers").get(speaker);
            for (String label : LABELS) {
                String bar = driver.findElement(By.cssSelector("#chart [data-speaker='" + speaker + "'][data-label='" + label + "']"))
                        .getAttribute("data-count");
                String cell = driver.findElement(By.cssSelector("#summary tr[data-speaker='" + speaker + "'] td[data-label='" + label + "']"))
                        .getText();
                assertEquals(counts.get(label).asText(), bar, speaker + " " + label);
                assertEquals(counts.get(label).asText(), cell, speaker + " " + label);
            }
        }
        Files.write(SCREENSHOTS.resolve("chart.png"), driver.findElement(By.id("chart")).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(4)
    void hoverAndKeyboardShowScoresAndEvidence() throws Exception {
        JsonNode expected = api(newsPage).get("sentences");
        int index = -1;
        for (int i = 0; i < expected.size() && index < 0; i++) {
            if (expected.get(i).get("evidence").size() > 1 && !expected.get(i).get("speaker").isNull()) {
                index = i;
            }
        }
        assertTrue(index >= 0, "a quoted sentence with evidence");
        WebElement sentence = driver.findElements(By.cssSelector("[data-sentence]")).get(index);
        new Actions(driver).moveToElement(sentence).perform();
        WebElement details = driver.findElement(By.id("details"));
        wait.until(d -> details.isDisplayed());
        List<String> tokens = details.findElements(By.cssSelector("[data-token]")).stream().map(e -> e.getAttribute("data-token")).toList();
        List<String> expectedTokens = new ArrayList<>();
        expected.get(index).get("evidence").forEach(e -> expectedTokens.add(e.get("token").asText()));
        assertEquals(expectedTokens, tokens);
        assertFalse(sentence.findElements(By.tagName("mark")).isEmpty(), "evidence highlighted inside the sentence");
        assertEquals(expected.get(index).get("text").asText(), sentence.getAttribute("textContent"), "highlighting keeps the text");
        for (String label : LABELS) {
            assertTrue(details.findElement(By.cssSelector("[data-score='" + label + "']")).getText()
                    .contains(String.format(java.util.Locale.ROOT, "%.3f", expected.get(index).at("/scores/" + label).asDouble())));
        }

        Path page = SCREENSHOTS.resolve("web-page.png");
        long height = (Long) js("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 120, 4000)));
        new Actions(driver).moveToElement(sentence).perform();
        js("window.scrollTo(0, 0);");
        Files.write(page, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

        // Keyboard: a sentence takes focus, the arrow key moves to the next one and its details follow.
        List<WebElement> all = driver.findElements(By.cssSelector("[data-sentence]"));
        js("arguments[0].focus();", all.get(0));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertEquals("1", driver.switchTo().activeElement().getAttribute("data-index"));
        assertTrue(details.findElement(By.tagName("h2")).getText().startsWith("Sentence 2"));
    }

    @Test
    @Order(5)
    void filtersHideNoneAndOtherSpeakers() throws Exception {
        JsonNode expected = api(newsPage);
        assertTrue(expected.at("/summary/none").asInt() > 0, "the byline and the copyright line are none");
        driver.findElement(By.id("hide-none")).click();
        for (WebElement s : driver.findElements(By.cssSelector("[data-sentence]"))) {
            assertEquals(!"none".equals(s.getAttribute("data-label")), s.isDisplayed(), s.getAttribute("textContent"));
        }
        driver.findElement(By.id("hide-none")).click();
        String speaker = expected.get("speakers").fieldNames().next();
        new Select(driver.findElement(By.id("filter-speaker"))).selectByValue(speaker);
        for (WebElement s : driver.findElements(By.cssSelector("[data-sentence]"))) {
            assertEquals(speaker.equals(s.getAttribute("data-speaker")), s.isDisplayed());
        }
        new Select(driver.findElement(By.id("filter-speaker"))).selectByValue("*");
        assertTrue(driver.findElements(By.cssSelector("[data-sentence]")).stream().allMatch(WebElement::isDisplayed));
    }

    @Test
    @Order(6)
    void csvDownloadEqualsTheApi() throws Exception {
        JsonNode expected = api(newsPage).get("sentences");
        Path downloads = work.resolve("downloads");
        driver.findElement(By.id("download-csv")).click();
        wait.until(d -> csvIn(downloads) != null);
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new StringReader(Files.readString(csvIn(downloads))))) {
            rows = reader.readAll();
        }
        assertEquals(List.of("start", "end", "speaker", "text", "label", "confidence", "score_demand", "score_supply",
                "score_enforcement", "score_none"), List.of(rows.get(0)));
        assertEquals(expected.size() + 1, rows.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            String[] row = rows.get(i + 1);
            assertEquals(e.get("start").asText(), row[0]);
            assertEquals(e.get("end").asText(), row[1]);
            assertEquals(e.get("speaker").isNull() ? "" : e.get("speaker").asText(), row[2]);
            assertEquals(e.get("text").asText(), row[3]);
            assertEquals(e.get("label").asText(), row[4]);
            assertEquals(e.get("confidence").asDouble(), Double.parseDouble(row[5]), 0.0);
            for (int l = 0; l < LABELS.length; l++) {
                assertEquals(e.at("/scores/" + LABELS[l]).asDouble(), Double.parseDouble(row[6 + l]), 0.0);
            }
        }
    }

    @Test
    @Order(6)
    void jsonDownloadIsTheApiAnswer() throws Exception {
        Path downloads = work.resolve("downloads");
        driver.findElement(By.id("download-json")).click();
        wait.until(d -> downloaded(downloads, ".json") != null);
        JsonNode expected = api(newsPage);
        JsonNode saved = TestServer.JSON.readTree(downloaded(downloads, ".json").toFile());
        // The browser writes a score of exactly 1.0 as 1: the same JSON number, another Jackson node type.
        assertTrue(expected.equals(SAME_NUMBER, saved), () -> "expected " + expected + " but the file holds " + saved);
    }

    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static Path csvIn(Path dir) {
        return downloaded(dir, ".csv");
    }

    private static Path downloaded(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Test
    @Order(7)
    void correctionWithTheTokenIsStoredOnDisk() throws Exception {
        assertTrue(driver.findElements(By.cssSelector("[data-correct]")).isEmpty(), "no control without the token");
        driver.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
        List<WebElement> controls = driver.findElements(By.cssSelector("[data-correct]"));
        List<WebElement> sentences = driver.findElements(By.cssSelector("[data-sentence]"));
        assertEquals(sentences.size(), controls.size());
        int index = 0;
        while (sentences.get(index).getAttribute("textContent").contains("\n")) {
            index++;
        }
        String text = sentences.get(index).getAttribute("textContent");
        String label = "supply".equals(sentences.get(index).getAttribute("data-label")) ? "demand" : "supply";
        WebElement control = controls.get(index);
        new Select(control).selectByValue(label);
        wait.until(d -> label.equals(control.getAttribute("data-stored")) || !d.findElement(By.id("error")).getText().isEmpty());
        assertEquals("", driver.findElement(By.id("error")).getText());
        List<String[]> stored;
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(work.resolve("feedback").resolve(FeedbackStore.FILE)))) {
            stored = reader.readAll();
        }
        assertTrue(stored.stream().anyMatch(r -> r[0].equals(text) && r[1].equals(label)), "stored: " + text);
        Boolean persisted = (Boolean) js("return document.cookie === '' && localStorage.length === 0 && sessionStorage.length === 0;");
        assertTrue(persisted, "the token is kept in the page only");
    }

    @Test
    @Order(8)
    void userTextIsShownAsTextAndNeverRuns() throws Exception {
        String article = "Police said <img src=x onerror=alert(1)> was painted on the wall of the lab. "
                + "The court heard that </script><script>alert(2)</script> appeared in the cartel's ledger.";
        analyzeOnPage(article);
        List<Map<String, String>> shown = shownSentences();
        assertSameSentences(api(article).get("sentences"), shown);
        assertTrue(shown.stream().anyMatch(s -> s.get("text").contains("<img src=x onerror=alert(1)>")));
        assertTrue(shown.stream().anyMatch(s -> s.get("text").contains("</script><script>alert(2)</script>")));
        assertTrue(driver.findElements(By.cssSelector("#result img, #result script")).isEmpty(), "no element made from the text");
        new Actions(driver).moveToElement(driver.findElements(By.cssSelector("[data-sentence]")).get(0)).perform();
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(List.of(), js("return window.__violations;"), "the page itself respects its policy");
    }

    @Test
    @Order(9)
    void emojiOffsetsAreCodePoints() throws Exception {
        String article = "\uD83D\uDEA8 Breaking: coca fields \uD83C\uDF3F expanded again in Putumayo, officials said.\n\n"
                + "\u201cWe are the market \uD83C\uDDFA\uD83C\uDDF8 for these drugs,\u201d Secretary of State Rex Tillerson said. "
                + "Treatment \uD83D\uDC8A beds are scarce in rural counties.";
        analyzeOnPage(article);
        assertSameSentences(api(article).get("sentences"), shownSentences());
        // The text between the sentences is cut at code points too: the shown text is the article again.
        Object rebuilt = js("const r = document.getElementById('result').cloneNode(true);"
                + "r.querySelectorAll('.speaker-tag, .correction').forEach(e => e.remove()); return r.textContent;");
        assertEquals(article, rebuilt);
    }

    @Test
    @Order(10)
    void errorsAreReadableAndLongArticlesShowProgress() throws Exception {
        analyzeOnPage("   \n ");
        assertTrue(driver.findElement(By.id("error")).getText().contains("nothing to analyse"),
                driver.findElement(By.id("error")).getText());
        assertEquals("alert", driver.findElement(By.id("error")).getAttribute("role"));

        analyzeOnPage("Coca. ".repeat(40_000));
        assertTrue(driver.findElement(By.id("error")).getText().contains("too long"), driver.findElement(By.id("error")).getText());

        js("window.__progress = false; new MutationObserver(() => { if (!document.getElementById('progress-box').hidden)"
                + " window.__progress = true; }).observe(document.getElementById('progress-box'), {attributes: true});");
        analyzeOnPage(newsPage.repeat(20));
        assertEquals("", driver.findElement(By.id("error")).getText());
        assertEquals(Boolean.TRUE, js("return window.__progress;"), "progress was shown while the article was analysed");
        assertEquals(api(newsPage.repeat(20)).get("sentences").size(), driver.findElements(By.cssSelector("[data-sentence]")).size());
    }

    @Test
    @Order(11)
    void csvFileIsClassifiedRowByRow() throws Exception {
        Path csv = work.resolve("sentences.csv");
        Files.writeString(csv, "id,text\n1,Coca cultivation rose again in Putumayo.\n2,\"Treatment beds, they said, are scarce.\"\n");
        js("document.getElementById('result').replaceChildren();");
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        wait.until(d -> d.findElements(By.cssSelector("[data-sentence]")).size() == 2);
        JsonNode api = TestServer.json(server.postJson("/v1/classify",
                "{\"texts\":[\"Coca cultivation rose again in Putumayo.\",\"Treatment beds, they said, are scarce.\"]}"));
        List<Map<String, String>> shown = shownSentences();
        for (int i = 0; i < 2; i++) {
            assertEquals(api.at("/results/" + i + "/label").asText(), shown.get(i).get("label"));
        }
        assertEquals("Treatment beds, they said, are scarce.", shown.get(1).get("text"));

        // A .txt file fills the article box and is analysed as an article.
        Path txt = work.resolve("page.txt");
        Files.writeString(txt, newsPage);
        js("document.getElementById('result').replaceChildren();");
        driver.findElement(By.id("file")).sendKeys(txt.toAbsolutePath().toString());
        JsonNode expected = api(newsPage).get("sentences");
        wait.until(d -> d.findElements(By.cssSelector("[data-sentence]")).size() == expected.size());
        assertEquals(newsPage, driver.findElement(By.id("article")).getAttribute("value"));
        assertSameSentences(expected, shownSentences());
    }

    @Test
    @Order(12)
    void serverGoneIsAReadableError() {
        server.close();
        analyzeOnPage("Coca fields expanded.");
        assertTrue(driver.findElement(By.id("error")).getText().contains("cannot be reached"),
                driver.findElement(By.id("error")).getText());
    }
}
