package news.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import news.model.Entity;
import news.model.Region;

/**
 * Resolves the places of an article to administrative regions (province › city › county) with the {@link Gazetteer}.
 *
 * <p>Mentions are the place entities (full or short names: 濮阳, 清丰县) plus every full division name of three chars
 * or more found in the text (濮阳市, 清丰县), which catches places the recognizer missed. A name that fits one
 * division is taken; a name that fits several (朝阳区 is in 北京 and in 长春) is decided by context: the candidate
 * whose province (+2) and city (+3) are also mentioned unambiguously wins, and a tie or no context leaves it out
 * rather than guessing. Regions are ordered by mentions (descending), then first appearance. Thread-safe.
 */
public final class RegionResolver {

    private static final int MIN_SCANNED_NAME = 3;

    private final Gazetteer gazetteer;
    private final PhraseMatcher<Boolean> fullNames;

    public RegionResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        Map<String, Boolean> names = new HashMap<>();
        for (String name : gazetteer.names()) {
            if (name.length() >= MIN_SCANNED_NAME && isFullName(name)) {
                names.put(name, Boolean.TRUE);
            }
        }
        this.fullNames = new PhraseMatcher<>(names);
    }

    private boolean isFullName(String name) {
        return gazetteer.lookup(name).stream().anyMatch(d -> d.name().equals(name));
    }

    /**
     * Regions of an article.
     *
     * @param places place entities (names and counts), may be empty
     * @param text   headline and body (for full-name scanning), may be null
     */
    public List<Region> resolve(List<Entity> places, String text) {
        Context context = context(places, text);
        if (context.mentions().isEmpty()) {
            return List.of();
        }
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        context.mentions().forEach((name, count) -> {
            Gazetteer.Division d = choose(gazetteer.lookup(name), context.provinces(), context.cities());
            if (d != null) {
                byCode.putIfAbsent(d.code(), d.toRegion(name));
                counts.merge(d.code(), count, Integer::sum);
            }
        });
        List<String> order = new ArrayList<>(byCode.keySet());
        List<String> firstSeen = List.copyOf(order);
        order.sort((a, b) -> counts.get(a).equals(counts.get(b))
                ? Integer.compare(firstSeen.indexOf(a), firstSeen.indexOf(b))
                : Integer.compare(counts.get(b), counts.get(a)));
        return order.stream().map(byCode::get).toList();
    }

    /**
     * The places facet of an article: each place under one canonical name, so one place does not show as two
     * (清丰 and 清丰县 → 清丰县; 万州 → 万州区 when the gazetteer and the context say it is that district; a bare 濮阳
     * that names both the city and its county → 濮阳市). A place the gazetteer does not resolve keeps its name if
     * the text uses it as a place ({@link #placeInText}), else it is left out.
     * Entries that end up with one name are merged (counts added, first offset kept), ordered by count then first
     * mention.
     *
     * @param places place entities (names and counts), may be empty
     * @param text   headline and body (for context), may be null
     */
    public List<Entity> canonicalPlaces(List<Entity> places, String text) {
        if (places.isEmpty()) {
            return List.of();
        }
        Context context = context(places, text);
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (Entity place : places) {
            Gazetteer.Division d = choose(gazetteer.lookup(place.name()), context.provinces(), context.cities());
            if (d == null && !placeInText(place.name(), text)) {
                continue;
            }
            String name = d == null ? place.name() : d.name();
            byName.merge(name, new Entity(name, place.type(), place.offset(), place.count()),
                    (a, b) -> new Entity(name, a.type(), EntityExtractor.firstOffset(a.offset(), b.offset()),
                            a.count() + b.count()));
        }
        List<Entity> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparingInt(Entity::count).reversed()
                .thenComparingInt(e -> e.offset() < 0 ? Integer.MAX_VALUE : e.offset()));
        return out;
    }

    /** Township and village suffixes: names the county-level gazetteer cannot confirm. */
    private static final String TOWNSHIP_SUFFIXES = "乡镇村";
    /** Words that follow a township's name when the township itself is meant (马坊镇党委, 柳屯乡卫生院). */
    private static final List<String> TOWNSHIP_FOLLOWERS = List.of("党委", "政府", "人民政府", "人大", "镇长", "乡长",
            "村委", "村民", "居民", "卫生院", "派出所", "中心校", "便民服务中心", "干部", "辖区", "境内", "的");
    /** Chars of names that say where in a city a district lies, not which city (东城区, 城关镇, 新城区, 城中区). */
    private static final String POSITIONAL = "东西南北中新老城关郊";

    /**
     * Whether a division's name only says where in its city it lies (东城区, 西城区, 城中区, 城关区, 新城区): many
     * cities have such a district or a management area of that name outside the national list (许昌's 东城区), so
     * the gazetteer's single entry (北京's 东城区) is taken only with context (its province or city named).
     */
    static boolean positionalName(String name) {
        if (name.length() < 2 || name.length() > 4) {
            return false;
        }
        String stem = name.substring(0, name.length() - 1);
        if (stem.indexOf('城') < 0 && stem.indexOf('郊') < 0) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            if (POSITIONAL.indexOf(stem.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a place mention is a place in this text: not when every occurrence is an epithet (孔孟之乡), not when
     * every occurrence begins a longer word of HanLP's dictionaries that is not a place (城中 of 城中村), and a township or village
     * the gazetteer (counties and up) cannot confirm and HanLP's dictionaries do not know (企联乡 of 助企联乡帮村) only
     * when an occurrence follows a division's name (清丰县马庄桥镇) or goes on like a township (…镇党委, …乡卫生院).
     * Without the text the mention is kept.
     */
    boolean placeInText(String name, String text) {
        if (text == null || text.isEmpty() || name.isEmpty()) {
            return true;
        }
        boolean township = TOWNSHIP_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0
                && gazetteer.lookup(name).isEmpty() && !EntityRules.isDictionaryName(name, "ns");
        boolean seen = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            seen = true;
            int end = at + name.length();
            if (EntityRules.EPITHET_FOLLOWERS.stream().anyMatch(f -> text.startsWith(f, end)) || beginsLongerWord(text, at, end)) {
                continue;
            }
            if (!township || followsDivision(text, at)
                    || TOWNSHIP_FOLLOWERS.stream().anyMatch(f -> text.startsWith(f, end))) {
                return true;
            }
        }
        return !seen && !township;
    }

    /** The mention at [at, end) is the start of a longer word of HanLP's dictionaries that is not a place. */
    private static boolean beginsLongerWord(String text, int at, int end) {
        for (int len = 1; len <= 2 && end + len <= text.length(); len++) {
            String longer = text.substring(at, end + len);
            if ((com.hankcs.hanlp.dictionary.CoreDictionary.contains(longer)
                    || com.hankcs.hanlp.dictionary.CustomDictionary.contains(longer))
                    && !EntityRules.isDictionaryName(longer, "ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A gazetteer division's full or short name ends right before {@code at}, and the mention does not start with
     * the rest of that division's name: in 许昌市联乡帮村 the "township" 市联乡 follows 许昌, but its 市 belongs to 许昌市
     * (the text reads 许昌市 + 联乡), so it follows no division.
     */
    private boolean followsDivision(String text, int at) {
        for (int len = 2; len <= 8 && len <= at; len++) {
            if (!gazetteer.lookup(text.substring(at - len, at)).isEmpty()
                    && !completesDivision(text, at - len, at)) {
                return true;
            }
        }
        return false;
    }

    /** The division name at [from, at) goes on into the mention: [from, at + 1) or [from, at + 2) is a division too. */
    private boolean completesDivision(String text, int from, int at) {
        for (int extra = 1; extra <= 2 && at + extra <= text.length(); extra++) {
            if (!gazetteer.lookup(text.substring(from, at + extra)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Mentions (name → count, first seen first) and the provinces and cities named unambiguously. */
    private record Context(Map<String, Integer> mentions, Set<String> provinces, Set<String> cities) {}

    private Context context(List<Entity> places, String text) {
        Map<String, Integer> mentions = new LinkedHashMap<>(); // name -> count, in first-seen order
        for (PhraseMatcher.Match<Boolean> m : fullNames.find(text)) {
            mentions.merge(m.phrase(), 1, Integer::sum);
        }
        for (Entity place : places) {
            // the scan already counted full names in the text
            mentions.merge(place.name(), place.count(), Math::max);
        }
        Set<String> contextProvinces = new HashSet<>();
        Set<String> contextCities = new HashSet<>();
        mentions.keySet().forEach(name -> {
            List<Gazetteer.Division> candidates = gazetteer.lookup(name);
            if (candidates.size() == 1 && !positionalName(candidates.get(0).name())) {
                contextProvinces.add(candidates.get(0).province());
                if (candidates.get(0).city() != null) {
                    contextCities.add(candidates.get(0).province() + "/" + candidates.get(0).city());
                }
            }
        });
        return new Context(mentions, contextProvinces, contextCities);
    }

    private static Gazetteer.Division choose(List<Gazetteer.Division> candidates, Set<String> provinces,
                                             Set<String> cities) {
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1 && !positionalName(candidates.get(0).name())) {
            return candidates.get(0);
        }
        int bestScore = -1;
        List<Gazetteer.Division> best = new ArrayList<>();
        for (Gazetteer.Division d : candidates) {
            int score = (provinces.contains(d.province()) ? 2 : 0)
                    + (d.city() != null && cities.contains(d.province() + "/" + d.city()) ? 3 : 0);
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore) {
                best.add(d);
            }
        }
        if (best.size() == 1) {
            return bestScore > 0 ? best.get(0) : null;
        }
        // 濮阳 is both 濮阳市 and its 濮阳县; 吉林 both 吉林省 and 吉林市: the broadest unique level is what a bare name means
        Gazetteer.Level broadest = best.stream().map(Gazetteer.Division::level).min(Enum::compareTo).orElseThrow();
        List<Gazetteer.Division> broad = best.stream().filter(d -> d.level() == broadest).toList();
        boolean nested = best.stream().allMatch(d -> d.province().equals(broad.get(0).province()));
        return broad.size() == 1 && (bestScore > 0 || broadest == Gazetteer.Level.PROVINCE || nested) ? broad.get(0) : null;
    }
}
