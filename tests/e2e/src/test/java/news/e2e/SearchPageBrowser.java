package news.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven through chromedriver (both from Debian packages, nothing downloaded). */
final class SearchPageBrowser implements AutoCloseable {
    private final ChromeDriver driver;
    private final Path screenshots;

    SearchPageBrowser(Path screenshots) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("news.chromium", "/usr/bin/chromium"));
        // The flags a closed-network, root, headless machine needs (see the environment notes).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("news.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
