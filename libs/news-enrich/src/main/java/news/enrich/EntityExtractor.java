package news.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

import news.model.Entity;
import news.model.Entity.EntityType;

/**
 * People, places and organisations from HanLP's name recognition, filtered of obvious junk, de-duplicated.
 *
 * <p>Per entity: {@code offset} is the char offset of the first mention in the body text (paragraphs joined by a blank
 * line, as {@link news.model.NormalizedArticle#bodyText()}), -1 when it is mentioned only in the headline;
 * {@code count} is the mentions in headline + body. Mentions are counted by leftmost-longest string matching of all
 * accepted names, so 濮阳 inside 濮阳县 is not counted as 濮阳. A name tagged with different types keeps the
 * type it was tagged with most. Lists are ordered by count (descending), then first mention; at most
 * {@value #MAX_PER_TYPE} per type. Thread-safe.
 */
public final class EntityExtractor {

    /** Cap on entities returned per type. */
    public static final int MAX_PER_TYPE = 50;

    /** Entities of one article, each list ordered by count then first mention. */
    public record Entities(List<Entity> people, List<Entity> places, List<Entity> organisations) {
        public Entities {
            people = List.copyOf(people);
            places = List.copyOf(places);
            organisations = List.copyOf(organisations);
        }

        public static Entities empty() {
            return new Entities(List.of(), List.of(), List.of());
        }
    }

    private static final String REPORTING_VERBS = "说|表示|指出|强调|要求|介绍|主持|调研|出席|认为|坦言|告诉";
    private static final String SENTENCE_ENDS = "。？！?!”\n";
    private static final PatternScan.CharSet SENTENCE_END_CHARS = new PatternScan.CharSet(SENTENCE_ENDS);
    private static final String TITLES_BEFORE_NAME =
            "书记|市长|县长|区长|省长|镇长|乡长|主任|局长|部长|厅长|主席|董事长|总经理|校长|院长|记者|通讯员";
    private static final String TITLES_AFTER_NAME = "书记|市长|县长|区长|省长|镇长|乡长|主任|局长|部长|厅长|主席|同志";
    // interview speaker label at a sentence start: 史根治：
    static final Pattern SPEAKER_LABEL =
            Pattern.compile("(?:^|(?<=[" + SENTENCE_ENDS + "]))(\\p{IsHan}{2,3})[：:]");
    // title + name + reporting verb: 市委书记史根治说
    static final Pattern TITLE_NAME_VERB = Pattern.compile("(?:" + TITLES_BEFORE_NAME + ")"
            + "(\\p{IsHan}{2,3}?)(?=" + REPORTING_VERBS + ")");
    // name + title + reporting verb: 楼阳生书记指出 (a three-char capture falls back to its last two chars)
    static final Pattern NAME_TITLE_VERB = Pattern.compile("(\\p{IsHan}{3})(?:" + TITLES_AFTER_NAME + ")"
            + "(?=" + REPORTING_VERBS + ")");
    /** First chars of the titles, where the title patterns can start (or, after three chars of name, continue). */
    private static final PatternScan.CharSet TITLES_BEFORE_NAME_FIRST = new PatternScan.CharSet(
            firstChars(TITLES_BEFORE_NAME));
    private static final PatternScan.CharSet TITLES_AFTER_NAME_FIRST = new PatternScan.CharSet(
            firstChars(TITLES_AFTER_NAME));

    public EntityExtractor() {}

    /** Entities in a headline and body text; nulls are treated as empty. */
    public Entities extract(String headline, String body) {
        return extract(AnalysedText.analyse(headline, body));
    }

    Entities extract(AnalysedText text) {
        // name -> votes per type
        Map<String, EnumMap<EntityType, Integer>> votes = new LinkedHashMap<>();
        collect(text.headlineTerms(), votes);
        collect(text.bodyTerms(), votes);
        collectPatterns(text.headline(), votes);
        collectPatterns(text.body(), votes);
        if (votes.isEmpty()) {
            return Entities.empty();
        }
        Map<String, EntityType> types = new LinkedHashMap<>();
        votes.forEach((name, v) -> types.put(name, v.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        dropFragmentsOfPeople(types);

        PhraseMatcher<EntityType> matcher = new PhraseMatcher<>(types);
        Map<String, int[]> stats = new HashMap<>(); // name -> {count, firstBodyOffset}
        for (PhraseMatcher.Match<EntityType> m : matcher.find(text.headline())) {
            stats.computeIfAbsent(m.phrase(), k -> new int[] {0, -1})[0]++;
        }
        for (PhraseMatcher.Match<EntityType> m : matcher.find(text.body())) {
            int[] s = stats.computeIfAbsent(m.phrase(), k -> new int[] {0, -1});
            s[0]++;
            if (s[1] < 0) {
                s[1] = m.begin();
            }
        }

        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            byType.put(type, new ArrayList<>());
        }
        stats.forEach((name, s) -> byType.get(types.get(name)).add(new Entity(name, types.get(name), s[1], s[0])));
        Comparator<Entity> order = Comparator.comparingInt(Entity::count).reversed()
                .thenComparingInt(Entity::offset)
                .thenComparing(Entity::name);
        byType.values().forEach(list -> list.sort(order));
        return new Entities(top(byType.get(EntityType.PERSON)), top(byType.get(EntityType.PLACE)),
                top(byType.get(EntityType.ORGANISATION)));
    }

    /**
     * Every mention of the entities found in a text, as spans (leftmost-longest, like the counting in
     * {@link #extract}): what {@code ./news eval entities} compares with gold BIO spans.
     */
    public List<EntityEvaluation.Span> mentions(String text) {
        Entities found = extract(null, text);
        Map<String, EntityType> types = new HashMap<>();
        for (List<Entity> list : List.of(found.people(), found.places(), found.organisations())) {
            list.forEach(e -> types.put(e.name(), e.type()));
        }
        List<EntityEvaluation.Span> out = new ArrayList<>();
        for (PhraseMatcher.Match<EntityType> m : new PhraseMatcher<>(types).find(text)) {
            out.add(new EntityEvaluation.Span(m.begin(), m.end(), m.value()));
        }
        return out;
    }

    private static void collect(List<Term> terms, Map<String, EnumMap<EntityType, Integer>> votes) {
        for (Term t : terms) {
            EntityType type = EntityRules.typeOf(t.nature == null ? null : t.nature.toString());
            if (type == null) {
                continue;
            }
            String name = EntityRules.accept(t.word, type);
            if (name != null) {
                votes.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)).merge(type, 1, Integer::sum);
            }
        }
    }

    /**
     * Names HanLP's recognizer misses in two frequent newspaper patterns (史根治 is segmented 史/根治): the speaker
     * label of an interview, {@code 史根治：} at the start of a sentence, and a title next to a name before a
     * reporting verb, {@code 书记史根治说} or {@code 楼阳生书记指出}. Candidates still pass the person rules (surname etc.).
     */
    private static void collectPatterns(String text, Map<String, EnumMap<EntityType, Integer>> votes) {
        if (text.isEmpty()) {
            return;
        }
        // each pattern is only tried where it can start: the regex engine alone would try every position
        PatternScan.forEach(SPEAKER_LABEL, text, speakerLabelStarts(text), m -> votePerson(m.group(1), false, votes));
        PatternScan.forEach(TITLE_NAME_VERB, text, titleNameVerbStarts(text),
                m -> votePerson(m.group(1), false, votes));
        PatternScan.forEach(NAME_TITLE_VERB, text, nameTitleVerbStarts(text), m -> votePerson(m.group(1), true, votes));
    }

    /** At the start or after a sentence end (the look-behind). */
    static IntPredicate speakerLabelStarts(String text) {
        return p -> p == 0 || SENTENCE_END_CHARS.contains(text.charAt(p - 1));
    }

    static IntPredicate titleNameVerbStarts(String text) {
        return PatternScan.charIn(text, TITLES_BEFORE_NAME_FIRST);
    }

    /** Three chars of name, then a title. */
    static IntPredicate nameTitleVerbStarts(String text) {
        return p -> p + 3 < text.length() && TITLES_AFTER_NAME_FIRST.contains(text.charAt(p + 3));
    }

    private static void votePerson(String candidate, boolean lastTwoFallback,
                                   Map<String, EnumMap<EntityType, Integer>> votes) {
        String name = EntityRules.accept(candidate, EntityType.PERSON);
        if (name == null && candidate.length() == 3 && lastTwoFallback) {
            name = EntityRules.accept(candidate.substring(1), EntityType.PERSON);
        }
        if (name != null) {
            votes.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)).merge(EntityType.PERSON, 1, Integer::sum);
        }
    }

    /** The distinct first chars of the words of an alternation {@code a|b|c}. */
    static String firstChars(String alternation) {
        StringBuilder b = new StringBuilder();
        for (String word : alternation.split("\\|")) {
            if (b.indexOf(word.substring(0, 1)) < 0) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    /** A place or organisation that is part of a person's name (正峰 of 万正峰) is a segmentation artefact. */
    private static void dropFragmentsOfPeople(Map<String, EntityType> types) {
        List<String> people = types.entrySet().stream()
                .filter(e -> e.getValue() == EntityType.PERSON).map(Map.Entry::getKey).toList();
        if (people.isEmpty()) {
            return;
        }
        types.entrySet().removeIf(e -> e.getValue() != EntityType.PERSON
                && e.getKey().length() < 4
                && people.stream().anyMatch(p -> p.length() > e.getKey().length() && p.contains(e.getKey())));
    }

    private static List<Entity> top(List<Entity> list) {
        return list.size() > MAX_PER_TYPE ? list.subList(0, MAX_PER_TYPE) : list;
    }
}
