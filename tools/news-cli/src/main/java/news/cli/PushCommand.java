package news.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.client.NewsClient;
import news.client.NewsClientException;
import news.client.Problem;
import news.client.PushResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Push pages (.txt, UTF-8 or GB18030; .pdf print pages), ninjs articles (.json) and NDJSON batches (.ndjson) to the ingestor.",
                "Folders are walked. Acknowledged units are written to the resume file, so a re-run sends only the rest."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything acknowledged", "1:something was rejected (see the summary)",
                "2:usage error", "3:some units not sent (server unavailable); run again"})
final class PushCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--ingestor", defaultValue = "${env:NEWS_INGESTOR_URL:-http://127.0.0.1:8081}", description = "ingestor base URL (default: ${DEFAULT-VALUE})")
    URI ingestor;

    @Option(names = "--key", defaultValue = "${env:NEWS_API_KEY}", description = "your newsroom's API key (default: $NEWS_API_KEY)")
    String key;

    @Option(names = "--resume-file", defaultValue = ".news-push-resume", description = "acknowledged units (default: ${DEFAULT-VALUE})")
    Path resumeFile;

    @Option(names = "--batch-size", defaultValue = "100", description = "NDJSON lines per request (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--timeout", defaultValue = "30s", converter = DurationConverter.class, description = "read timeout per request (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--attempts", defaultValue = "5", description = "attempts per request on 429/503/connection errors (default: ${DEFAULT-VALUE})")
    int attempts;

    @Option(names = "--no-progress", description = "no progress bar (e.g. in logs)")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        if (key == null || key.isBlank()) {
            System.err.println("no API key: pass --key or set NEWS_API_KEY (./news keys create NEWSROOM)");
            return 2;
        }
        if (batchSize < 1) {
            System.err.println("--batch-size must be at least 1");
            return 2;
        }
        PushPlan plan = PushPlan.of(paths, batchSize);
        PushSummary summary = new PushSummary();
        summary.skippedFiles = plan.skipped.size();
        plan.unreadable.forEach(p -> summary.rejected.add(new PushSummary.Line(p.label(), p.reason())));

        try (ResumeFile resume = new ResumeFile(resumeFile);
             NewsClient client = NewsClient.builder(ingestor, key).readTimeout(timeout).maxAttempts(attempts).build();
             ProgressBar bar = progressBar(plan.articles())) {
            for (PushUnit unit : plan.units) {
                if (resume.done(unit)) {
                    summary.alreadySent += unit.lines();
                    bar.stepBy(unit.lines());
                    continue;
                }
                try {
                    PushResult r = switch (unit.kind()) {
                        case PAGE -> client.pushPage(unit.body(), unit.charset());
                        case PDF_PAGE -> client.pushPdfPage(unit.body());
                        case ARTICLE -> client.pushArticle(unit.text());
                        case BATCH -> client.pushBatch(unit.text());
                    };
                    int dup = resume.record(unit, r.ids());
                    summary.duplicates += dup;
                    summary.accepted += r.ids().size() - dup;
                } catch (NewsClientException.Rejected e) {
                    summary.rejected.add(new PushSummary.Line(unit.label(), reason(e.problem())));
                    if (e.status() == 401 || e.status() == 403) {
                        // A key problem refuses every further request the same way: stop instead of repeating it per file.
                        bar.stepBy(unit.lines());
                        break;
                    }
                } catch (NewsClientException.Unavailable | NewsClientException.CircuitOpen e) {
                    summary.failed.add(new PushSummary.Line(unit.label(), e.getMessage()));
                }
                bar.stepBy(unit.lines());
            }
        }
        System.out.print(summary.table());
        return summary.exitCode();
    }

    private ProgressBar progressBar(int max) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("push").setInitialMax(max).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(200).continuousUpdate();
        if (noProgress) {
            b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(s -> {}));
        }
        return b.build();
    }

    private static String reason(Problem p) {
        StringBuilder sb = new StringBuilder().append(p.status());
        if (p.title() != null) {
            sb.append(' ').append(p.title());
        }
        if (p.detail() != null) {
            sb.append(": ").append(p.detail());
        }
        Object errors = p.properties().get("errors");
        if (errors instanceof List<?> list) {
            for (Object e : list) {
                sb.append(System.lineSeparator()).append("      ").append(e);
            }
        }
        return sb.toString();
    }

    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.parse(value);
        }
    }
}
