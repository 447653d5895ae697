package org.acme.users.bootstrap.docs;

import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /docs} in a real browser: Debian's headless Chromium opens Swagger UI, runs {@code GET /api/users} with
 * "Try it out" and "Execute", and shows the service's answer. The screenshot is kept as
 * {@value #SCREENSHOT} for people to look at. Without Chromium the test is skipped, except under {@code CI=true}.
 */
class SwaggerUiInChromiumTest {

    static final String SCREENSHOT = "target/swagger-ui/try-it-out.png";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LIST_USERS = "#operations-users-listUsers";

    @Test
    void runsGetUsersFromTheDocsPageAndShowsTheAnswer(@TempDir Path profile) throws IOException {
        requireChromium();
        try (ServiceOnTestDatabase service = AdapterOnDatabase.ofTheDefaultAdapter().startService()) {
            service.api().postJson("/api/users", userJson("ada@example.com", "Ada Lovelace"));
            ChromeDriver browser = headlessChromium(profile);
            try {
                browser.get(service.baseUri() + "/docs");
                WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

                click(wait, LIST_USERS + " .opblock-summary-control");
                click(wait, LIST_USERS + " .try-out__btn");
                click(wait, LIST_USERS + " .btn.execute");
                WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(LIST_USERS + " .live-responses-table tr.response td.response-col_status")));
                WebElement body = browser.findElement(
                        By.cssSelector(LIST_USERS + " .live-responses-table tr.response pre.microlight"));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", status);
                keepScreenshot(browser.getScreenshotAs(OutputType.BYTES));

                assertThat(status.getText()).isEqualTo("200");
                assertThat(body.getText()).contains("\"email\": \"ada@example.com\"", "\"nextCursor\": null");
            } finally {
                browser.quit();
            }
        }
    }

    private static ChromeDriver headlessChromium(Path profile) {
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // The machine has no network beyond loopback: nothing may try to reach out.
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600");
        return new ChromeDriver(driver, options);
    }

    private static void click(WebDriverWait wait, String cssSelector) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
    }

    private static void keepScreenshot(byte[] png) throws IOException {
        Path file = Path.of(SCREENSHOT);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String reason = "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); .ci/install-chromium.sh installs them";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + " (CI=true: the check must not be skipped)");
        }
        Assumptions.abort(reason);
    }
}
