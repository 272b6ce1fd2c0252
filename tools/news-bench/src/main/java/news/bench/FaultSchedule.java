package news.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The faults of one {@code ./news bench faults} run, in the order they are injected, one at a time (the next begins once
 * the stack has recovered from the last: lag back to 0, or the recovery timeout), so that each fault's lag is its own.
 *
 * <p>The order: every stage instance killed (the stages that lose work on a crash first), the ingestor killed (the
 * pusher retries what was not acknowledged), Elasticsearch killed and kept down, the broker killed, a consumer paused
 * (a slow consumer), an instance added and then removed (two rebalances), poison records, a resend of acknowledged
 * articles.
 */
public final class FaultSchedule {
    /** What is done to the target. */
    public enum Kind {
        /** SIGKILL, then (after {@link Fault#holdSeconds}) {@code ./news start TARGET}. */
        KILL("SIGKILL + restart"),
        /** SIGSTOP, {@link Fault#holdSeconds} later SIGCONT: a consumer that stops consuming but keeps its partitions. */
        PAUSE("SIGSTOP/SIGCONT"),
        /** {@code ./news start TARGET}: one more instance of a stage, a rebalance. */
        ADD("add instance"),
        /** {@code ./news stop TARGET} (TERM, a graceful leave): a rebalance. */
        REMOVE("remove instance"),
        /** Records that are not events, produced straight into TARGET (a topic): they must reach its dead-letter topic. */
        POISON("poison records"),
        /** {@link Fault#count} already acknowledged articles sent again, same ids: no extra document may appear. */
        RESEND("resend");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One fault: what, on which component (or topic), held for how long, and how many records (poison, resend). */
    public record Fault(Kind kind, String target, int holdSeconds, int count) {
        public Fault {
            if (kind == null || target == null || target.isBlank() || holdSeconds < 0 || count < 0) {
                throw new IllegalArgumentException("kind, target, holdSeconds >= 0 and count >= 0 expected");
            }
        }

        /** A short name for the table and the plot, e.g. {@code kill indexer-2}, {@code search down 60 s}. */
        public String name() {
            return switch (kind) {
                case KILL -> holdSeconds > 0 ? "kill " + target + ", down " + holdSeconds + " s" : "kill " + target;
                case PAUSE -> "pause " + target + " " + holdSeconds + " s";
                case ADD -> "add " + target;
                case REMOVE -> "remove " + target;
                case POISON -> count + " poison → " + target;
                case RESEND -> "resend " + count;
            };
        }
    }

    /** What a run is asked to do; which kinds to leave out ({@code skip=}) by their keyword. */
    public record Options(int searchDownSeconds, int brokerDownSeconds, int pauseSeconds, String pauseTarget,
                          String rebalanceStage, int resend, Set<String> skip) {
        /** The keywords of {@code skip=}: one per group of faults. */
        public static final Set<String> GROUPS = Set.of("stages", "ingestor", "search", "broker", "pause", "rebalance", "poison",
                "resend");

        public Options {
            skip = Set.copyOf(skip);
            for (String s : skip) {
                if (!GROUPS.contains(s)) {
                    throw new IllegalArgumentException("skip: unknown fault group '" + s + "', expected some of " + new TreeSet<>(GROUPS));
                }
            }
        }
    }

    /** The topics poison records go to, with the number of records each gets (news.raw gets four kinds, the later two). */
    public static final List<String> POISON_TOPICS = List.of("news.raw", "news.normalized", "news.classified");

    private FaultSchedule() {}

    /**
     * The schedule for a stack running {@code instances} of each of normalizer, classifier and indexer (instance names as
     * the launcher gives them: {@code normalizer}, {@code normalizer-2}, …), which may grow to {@code partitions}.
     */
    public static List<Fault> of(int instances, int partitions, Options o) {
        if (instances < 1 || instances > partitions) {
            throw new IllegalArgumentException("instances must be 1.." + partitions + " (the partition count), got " + instances);
        }
        List<Fault> out = new ArrayList<>();
        if (!o.skip().contains("stages")) {
            for (String stage : List.of("normalizer", "classifier", "indexer")) {
                for (int i = 1; i <= instances; i++) {
                    out.add(new Fault(Kind.KILL, instance(stage, i), 0, 0));
                }
            }
        }
        if (!o.skip().contains("ingestor")) {
            out.add(new Fault(Kind.KILL, "ingestor", 0, 0));
        }
        if (!o.skip().contains("search")) {
            out.add(new Fault(Kind.KILL, "search", o.searchDownSeconds(), 0));
        }
        if (!o.skip().contains("broker")) {
            out.add(new Fault(Kind.KILL, "kafka", o.brokerDownSeconds(), 0));
        }
        if (!o.skip().contains("pause")) {
            out.add(new Fault(Kind.PAUSE, o.pauseTarget(), o.pauseSeconds(), 0));
        }
        if (!o.skip().contains("rebalance")) {
            if (instances >= partitions) {
                throw new IllegalArgumentException("the rebalance adds an instance: instances must be below the partition count ("
                        + partitions + "), or skip=rebalance");
            }
            String added = instance(o.rebalanceStage(), instances + 1);
            out.add(new Fault(Kind.ADD, added, 0, 0));
            out.add(new Fault(Kind.REMOVE, added, 0, 0));
        }
        if (!o.skip().contains("poison")) {
            for (String topic : POISON_TOPICS) {
                out.add(new Fault(Kind.POISON, topic, 0, PoisonRecords.forTopic(topic).size()));
            }
        }
        if (!o.skip().contains("resend") && o.resend() > 0) {
            out.add(new Fault(Kind.RESEND, "ingestor", 0, o.resend()));
        }
        return out;
    }

    /** The launcher's instance name: the stage for instance 1, {@code stage-i} for the others. */
    public static String instance(String stage, int i) {
        return i == 1 ? stage : stage + "-" + i;
    }
}
