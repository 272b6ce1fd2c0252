package news.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import news.client.ArticleStatusResult;
import news.client.NewsClient;
import news.client.NewsClientException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code news status ID} and {@code news kill ID}: follow and withdraw the newsroom's own articles. */
final class ArticleCommands {
    private ArticleCommands() {}

    /** Options both commands share: where the ingestor is and whose key. */
    static class Connection {
        @Option(names = "--ingestor", defaultValue = "${env:NEWS_INGESTOR_URL:-http://127.0.0.1:8081}",
                description = "ingestor base URL (default: ${DEFAULT-VALUE})")
        URI ingestor;

        @Option(names = "--key", defaultValue = "${env:NEWS_API_KEY}", description = "your newsroom's API key (default: $NEWS_API_KEY)")
        String key;

        NewsClient client() {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("no API key: pass --key or set NEWS_API_KEY");
            }
            return NewsClient.builder(ingestor, key).maxAttempts(3).build();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "What became of an article or page: accepted, normalized, classified, indexed, stale, withheld, canceled or dead-lettered (with the reason).")
    static final class Status extends Connection implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the article's id (its ninjs uri, or the id the push printed)")
        String id;

        @Option(names = "--json", description = "print the whole answer (every step with its time)")
        boolean json;

        @Override
        public Integer call() {
            try (NewsClient client = client()) {
                ArticleStatusResult status = client.status(id);
                System.out.println(json ? status.json() : status.id() + "\t" + status.state() + "\t" + status.message());
                return "dead-lettered".equals(status.state()) ? 3 : 0;
            } catch (NewsClientException e) {
                System.err.println("news status: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "kill", mixinStandardHelpOptions = true,
            description = "Withdraw (撤稿) one of your articles, or a whole page by its id: it leaves search within seconds.")
    static final class Kill extends Connection implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the article's or page's id")
        String id;

        @Override
        public Integer call() {
            try (NewsClient client = client()) {
                client.kill(id);
                System.out.println(id + "\tcanceled (accepted; gone from search within seconds)");
                return 0;
            } catch (NewsClientException e) {
                System.err.println("news kill: " + e.getMessage());
                return 1;
            }
        }
    }
}
