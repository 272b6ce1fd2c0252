package news.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code news push …} and {@code news search …}: the newsroom's command line. */
@Command(name = "news", mixinStandardHelpOptions = true, version = "news-cli 0.1",
        subcommands = {PushCommand.class, SearchCommand.class, ArticleCommands.Status.class, ArticleCommands.Kill.class},
        description = "Push newsroom content to the ingestor and search what is indexed.")
public final class NewsCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewsCli()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
