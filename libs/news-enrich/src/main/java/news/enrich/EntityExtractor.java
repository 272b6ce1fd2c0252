package news.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import news.model.Entity;
import news.model.Entity.EntityType;

/**
 * People, places and organisations: the trained character model ({@link NerModel}) tags each segmented chunk of the
 * headline and body, a few rules add what it does not know (interview speaker labels, title + name + reporting verb),
 * and the mentions are aggregated into names.
 *
 * <p>Two levels. {@link #mentions} are the recognised spans of a text, every position, one-char ones included (MSRA
 * tags 中/美 in 中美关系 as two places): what {@code ./news eval entities} scores. {@link #extract} turns the
 * mentions of an article into facet entries: names of one char are no people (刘 of 刘老师) and no places unless
 * they stand for a country or region (美 → 美国); people must look like names ({@link EntityRules#acceptPersonName})
 * and have one mention the model is sure of ({@link #PERSON_FACET_MARGIN}); places must not be generic words
 * ({@link EntityRules#acceptPlaceName}).
 *
 * <p>Per entity: {@code offset} is the char offset of the first mention in the body text (paragraphs joined by a blank
 * line, as {@link news.model.NormalizedArticle#bodyText()}), -1 when it is mentioned only in the headline;
 * {@code count} is the mentions in headline + body. Mentions are counted by leftmost-longest string matching of all
 * recognised names, so 濮阳 inside 濮阳县 is not counted as 濮阳 and a name the model missed once still counts. A name
 * tagged with different types keeps the type it was tagged with most. Lists are ordered by count (descending), then
 * first mention; at most {@value #MAX_PER_TYPE} per type. Thread-safe.
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

    /**
     * A person enters the people facet only if the model was this sure of at least one of its mentions (margin, see
     * {@link NerModel#recognise}). Chosen on the MSRA dev part (every 10th sentence of the training part, model
     * trained on the rest): person spans of two chars or more with a margin under 15 were right 9 times in 25, above
     * it 427 in 450.
     */
    static final double PERSON_FACET_MARGIN = 15;

    private final NerModel model;

    /** The extractor with the shipped model. */
    public EntityExtractor() {
        this(NerModel.standard());
    }

    public EntityExtractor(NerModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Entities in a headline and body text; nulls are treated as empty. */
    public Entities extract(String headline, String body) {
        return extract(AnalysedText.analyse(headline, body));
    }

    Entities extract(AnalysedText text) {
        // name -> votes per type
        Map<String, EnumMap<EntityType, Integer>> votes = new LinkedHashMap<>();
        Map<String, Double> margins = new HashMap<>();
        java.util.Set<String> plain = new java.util.HashSet<>(); // names with a mention that is no epithet (孔孟之乡)
        vote(text.headline(), recognise(text.headline(), headlineChunk(text)), votes, margins, plain);
        vote(text.body(), recognise(text.body(), text.bodyChunks()), votes, margins, plain);
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
        stats.forEach((name, s) -> {
            EntityType type = types.get(name);
            String facet = type == EntityType.PERSON && margins.getOrDefault(name, 0.0) < PERSON_FACET_MARGIN
                    || !plain.contains(name) ? null : facetName(name, type);
            if (facet != null) {
                // a facet name cut from the mention (连成导师工作室 of 学院“连成导师工作室) starts further on
                int inside = type == EntityType.PLACE ? 0 : Math.max(0, name.indexOf(facet));
                byType.get(type).add(new Entity(facet, type, s[1] < 0 ? -1 : s[1] + inside, s[0]));
            }
        });
        Comparator<Entity> order = Comparator.comparingInt(Entity::count).reversed()
                .thenComparingInt(Entity::offset)
                .thenComparing(Entity::name);
        for (Map.Entry<EntityType, List<Entity>> e : byType.entrySet()) {
            e.setValue(merged(e.getValue()));
            e.getValue().sort(order);
        }
        return new Entities(top(byType.get(EntityType.PERSON)), top(byType.get(EntityType.PLACE)),
                top(byType.get(EntityType.ORGANISATION)));
    }

    /** The name an entity is listed under, or null when it is no facet entry (see the class comment). */
    private static String facetName(String name, EntityType type) {
        return switch (type) {
            case PERSON -> EntityRules.acceptPersonName(name);
            case PLACE -> EntityRules.acceptPlaceName(name, Gazetteer.standard());
            case ORGANISATION -> EntityRules.acceptOrganisationName(name);
        };
    }

    /** Entries of one type under the same name (美 and 美国): counts added, the first offset kept. */
    private static List<Entity> merged(List<Entity> list) {
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (Entity e : list) {
            byName.merge(e.name(), e, (a, b) -> new Entity(a.name(), a.type(), firstOffset(a.offset(), b.offset()),
                    a.count() + b.count()));
        }
        return new ArrayList<>(byName.values());
    }

    /** The earlier of two body offsets, -1 meaning "headline only". */
    static int firstOffset(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * Every recognised entity mention of a text (one sentence or paragraph, segmented as the enricher segments a
     * body): the spans {@link #extract} aggregates, and what {@code ./news eval entities} compares with gold spans.
     */
    public List<EntityEvaluation.Span> mentions(String text) {
        AnalysedText analysed = AnalysedText.analyse(null, text);
        return recognise(analysed.body(), analysed.bodyChunks()).stream().map(NerModel.Mention::span).toList();
    }

    private static List<AnalysedText.Chunk> headlineChunk(AnalysedText text) {
        return text.headline().isEmpty() ? List.of()
                : List.of(new AnalysedText.Chunk(0, text.headline().length(), text.headlineTerms()));
    }

    /**
     * Model spans of each chunk that pass the mention rules, plus pattern-found people where the model has none
     * (their margin is infinite: the pattern and the name rules vouch for them).
     */
    List<NerModel.Mention> recognise(String text, List<AnalysedText.Chunk> chunks) {
        List<NerModel.Mention> out = new ArrayList<>();
        for (AnalysedText.Chunk c : chunks) {
            for (NerModel.Mention m : model.recognise(text, c.begin(), c.end(), c.terms())) {
                EntityEvaluation.Span s = EntityRules.trimPunctuation(text, m.span());
                if (s != null && EntityRules.acceptMention(text.substring(s.begin(), s.end()), s.type())) {
                    out.add(s == m.span() ? m : new NerModel.Mention(s, m.margin()));
                }
            }
        }
        if (!text.isEmpty()) {
            List<EntityEvaluation.Span> found = new ArrayList<>();
            collectPatterns(text, found);
            int modelSpans = out.size();
            for (EntityEvaluation.Span p : found) {
                boolean overlaps = false;
                for (int i = 0; i < modelSpans && !overlaps; i++) {
                    EntityEvaluation.Span s = out.get(i).span();
                    overlaps = s.begin() < p.end() && p.begin() < s.end();
                }
                if (!overlaps) {
                    out.add(new NerModel.Mention(p, Double.POSITIVE_INFINITY));
                }
            }
            if (out.size() > modelSpans) {
                out.sort(Comparator.comparingInt(m -> m.span().begin()));
            }
        }
        return out;
    }

    private static void vote(String text, List<NerModel.Mention> mentions,
                             Map<String, EnumMap<EntityType, Integer>> votes, Map<String, Double> margins,
                             java.util.Set<String> plain) {
        List<EntityEvaluation.Span> places = new ArrayList<>();
        for (NerModel.Mention m : mentions) {
            if (m.span().type() == EntityType.PLACE) {
                places.add(m.span());
            }
        }
        for (NerModel.Mention m : mentions) {
            String name = text.substring(m.span().begin(), m.span().end());
            boolean oneCharPlace = m.span().type() == EntityType.PLACE && name.length() == 1;
            // a "person" inside a set phrase that starts before it (覃思 of 研精覃思) is no mention of anyone
            boolean inPhrase = m.span().type() == EntityType.PERSON
                    && NameDictionary.standard().insideSetPhrase(text, m.span().begin(), m.span().end());
            if (!EntityRules.isEpithet(text, m.span().end()) && !inPhrase
                    && (!oneCharPlace || EntityRules.inCountryContext(text, m.span(), places))) {
                plain.add(name);
            }
            if (m.span().type() == EntityType.PLACE && m.span().end() < text.length() && text.charAt(m.span().end()) == '族') {
                continue; // 达斡尔族: an ethnic group, not a place
            }
            votes.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)).merge(m.span().type(), 1, Integer::sum);
            if (m.span().type() == EntityType.PERSON) {
                margins.merge(name, m.margin(), Math::max);
            }
        }
    }

    /**
     * Names in two frequent newspaper patterns that the model may miss (史根治 is segmented 史/根治): the speaker
     * label of an interview, {@code 史根治：} at the start of a sentence, and a title next to a name before a
     * reporting verb, {@code 书记史根治说} or {@code 楼阳生书记指出}. Candidates must look like Chinese names
     * (surname etc., {@link EntityRules#accept}).
     */
    private static void collectPatterns(String text, List<EntityEvaluation.Span> out) {
        // each pattern is only tried where it can start: the regex engine alone would try every position
        PatternScan.forEach(SPEAKER_LABEL, text, speakerLabelStarts(text), m -> person(m, false, out));
        PatternScan.forEach(TITLE_NAME_VERB, text, titleNameVerbStarts(text), m -> person(m, false, out));
        PatternScan.forEach(NAME_TITLE_VERB, text, nameTitleVerbStarts(text), m -> person(m, true, out));
    }

    private static void person(MatchResult m, boolean lastTwoFallback, List<EntityEvaluation.Span> out) {
        String candidate = m.group(1);
        if (EntityRules.accept(candidate, EntityType.PERSON) != null) {
            out.add(new EntityEvaluation.Span(m.start(1), m.end(1), EntityType.PERSON));
        } else if (candidate.length() == 3 && lastTwoFallback
                && EntityRules.accept(candidate.substring(1), EntityType.PERSON) != null) {
            out.add(new EntityEvaluation.Span(m.start(1) + 1, m.end(1), EntityType.PERSON));
        }
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

    /**
     * A place or organisation that is part of a person's name (正峰 of 万正峰) is a segmentation artefact; only
     * people that look like names count (濮阳 of a "person" 兴豫·濮阳, a slogan, stays a place).
     */
    private static void dropFragmentsOfPeople(Map<String, EntityType> types) {
        List<String> people = types.entrySet().stream()
                .filter(e -> e.getValue() == EntityType.PERSON && EntityRules.acceptPersonName(e.getKey()) != null)
                .map(Map.Entry::getKey).toList();
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
