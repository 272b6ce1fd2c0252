package news.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A place resolved to China's administrative divisions (GB/T 2260 codes): province › city › county.
 *
 * @param code     the most specific division code (2, 4 or 6 digits)
 * @param province province-level name (河南省), never null
 * @param city     prefecture-level name (濮阳市), or null when the place is a whole province
 * @param county   county-level name (清丰县), or null when the place is a province or a city
 * @param name     the place as written in the article (清丰)
 */
public record Region(String code, String province, String city, String county, String name) {

    /** Separator of path levels, in {@link #paths()} and in the gateway's {@code region} filter. */
    public static final String SEPARATOR = "/";

    /** Every prefix of the path, broadest first: {@code 河南省}, {@code 河南省/濮阳市}, {@code 河南省/濮阳市/清丰县}. */
    public List<String> paths() {
        List<String> out = new ArrayList<>(3);
        String p = province;
        out.add(p);
        if (city != null) {
            p = p + SEPARATOR + city;
            out.add(p);
        }
        if (county != null) {
            out.add(p + SEPARATOR + county);
        }
        return List.copyOf(out);
    }

    /** Display form: 河南省 › 濮阳市 › 清丰县. */
    public String display() {
        return String.join(" › ", paths().getLast().split(SEPARATOR));
    }
}
