package news.model;

/**
 * An IPTC Media Topic assigned to an article, in ninjs {@code subjects[]} shape.
 *
 * @param code       qcode, e.g. {@code medtop:04000000}
 * @param name       English label
 * @param nameZh     Chinese label
 * @param rel        ninjs relation, {@code classifies}
 * @param confidence 0-100
 */
public record Subject(String code, String name, String nameZh, String rel, int confidence) {

    public static final String MEDTOP_URI = "http://cv.iptc.org/newscodes/mediatopic/";

    /** IPTC URI of this topic, e.g. http://cv.iptc.org/newscodes/mediatopic/04000000. */
    public String uri() {
        return MEDTOP_URI + code.substring(code.indexOf(':') + 1);
    }
}
