package org.acme.users.bootstrap.docs;

import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.security.JwkSetServer;
import org.acme.users.adapter.web.security.TestKeys;
import org.acme.users.adapter.web.security.TestTokens;
import org.acme.users.bootstrap.config.CoreSettings;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.fixture.TestSettings;
import org.acme.users.bootstrap.server.UsersService;
import org.assertj.core.api.InstanceOfAssertFactories;
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
 * {@code /docs} in a real browser, on the service with {@code AUTH=jwt}: Debian's headless Chromium opens Swagger UI
 * under the Content-Security-Policy the service sends, which must block nothing the page needs; runs
 * {@code GET /api/users} with "Try it out" and "Execute", which without a token the service refuses; then enters an
 * admin's token with "Authorize", runs it again and shows the service's answer. The screenshot is kept as
 * {@value #SCREENSHOT} for people to look at. Without Chromium the test is skipped, except under {@code CI=true}.
 */
class SwaggerUiInChromiumTest {

    static final String SCREENSHOT = "target/swagger-ui/try-it-out.png";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LIST_USERS = "#operations-users-listUsers";
    private static final String RESPONSE = LIST_USERS + " .live-responses-table tr.response";
    /** Runs in the page before its own scripts, and records what the Content-Security-Policy blocks. */
    private static final String RECORD_CSP_VIOLATIONS = "window.cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation', event => window.cspViolations.push("
            + "event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' in ' + event.sourceFile));";

    @Test
    void sendsTheTokenEnteredInAuthorizeWithTryItOut(@TempDir Path directory) throws IOException {
        requireChromium();
        RSAKey key = TestKeys.rsa();
        TestTokens tokens = new TestTokens(key);
        try (JwkSetServer jwkSet = JwkSetServer.serving(key);
                UsersService service = UsersService.start(withTokens(directory, jwkSet))) {
            String admin = tokens.admin();
            new ApiClient(service.baseUri()).postJson("/api/users", userJson("ada@example.com", "Ada Lovelace"),
                    "Authorization", "Bearer " + admin);
            ChromeDriver browser = headlessChromium(directory.resolve("profile"));
            try {
                browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", RECORD_CSP_VIOLATIONS));
                browser.get(service.baseUri() + "/docs");
                WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

                click(wait, LIST_USERS + " .opblock-summary-control");
                click(wait, LIST_USERS + " .try-out__btn");
                click(wait, LIST_USERS + " .btn.execute");
                wait.until(ExpectedConditions.textToBe(By.cssSelector(RESPONSE + " td.response-col_status"), "401"));

                click(wait, ".auth-wrapper .btn.authorize");
                WebElement tokenField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".modal-ux input")));
                tokenField.sendKeys(admin);
                click(wait, ".modal-ux .auth-btn-wrapper .btn.authorize");
                click(wait, ".modal-ux .btn-done");
                click(wait, LIST_USERS + " .btn.execute");
                wait.until(ExpectedConditions.textToBe(By.cssSelector(RESPONSE + " td.response-col_status"), "200"));
                WebElement status = browser.findElement(By.cssSelector(RESPONSE + " td.response-col_status"));
                WebElement body = browser.findElement(By.cssSelector(RESPONSE + " pre.microlight"));
                WebElement curl = browser.findElement(By.cssSelector(LIST_USERS + " .curl-command"));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", status);
                keepScreenshot(browser.getScreenshotAs(OutputType.BYTES));

                assertThat(body.getText()).contains("\"email\": \"ada@example.com\"", "\"nextCursor\": null");
                assertThat(curl.getText()).contains("Authorization: Bearer " + admin);
                assertThat(((JavascriptExecutor) browser).executeScript("return window.cspViolations;"))
                        .as("what the Content-Security-Policy blocked")
                        .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
            } finally {
                browser.quit();
            }
            assertThat(new ApiClient(service.baseUri()).get("/docs/index.html").header("Content-Security-Policy"))
                    .startsWith("default-src 'self'");
        }
    }

    /** {@code AUTH=jwt} with the keys of {@code jwkSet}, on H2 in {@code directory}; no rate limits: a page loads many files. */
    private static Settings withTokens(Path directory, JwkSetServer jwkSet) {
        return TestSettings.of("sql", Map.of(
                "DATABASE_URL", "jdbc:h2:file:" + directory.resolve("users"),
                "DATABASE_USER", "sa",
                CoreSettings.AUTH.name(), "jwt",
                CoreSettings.JWT_ISSUER.name(), TestTokens.ISSUER,
                CoreSettings.JWT_AUDIENCE.name(), TestTokens.AUDIENCE,
                CoreSettings.JWT_JWKS_URI.name(), jwkSet.url().toString(),
                CoreSettings.RATE_LIMIT_REGISTRATIONS.name(), "0"));
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
