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
     * that names both the city and its county → 濮阳市). A place the gazetteer does not resolve keeps its name.
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
            if (candidates.size() == 1) {
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
        if (candidates.size() == 1) {
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
