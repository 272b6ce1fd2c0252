package news.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A ninjs {@code headlines[]} entry beyond the main headline and the sub-headline (those have fields of their own):
 * a kicker, a short or long form, a web or SEO headline — whatever role the newsroom gives it. The page splitter's
 * kicker (the line printed above a main headline) travels as role {@value #KICKER}.
 *
 * @param role  lower-case role token as sent ({@code kicker}, {@code short}, {@code seo} …)
 * @param value the headline text
 */
public record Headline(String role, String value) {

    public static final String MAIN = "main";
    public static final String SUB = "sub";
    public static final String KICKER = "kicker";
    /** Roles are tokens, not text: letters, digits and {@code - _ : .}, at most this long. */
    public static final int MAX_ROLE_LENGTH = 40;
    /** More entries than any newsroom sends; bounds what one article can put into the document. */
    public static final int MAX_ENTRIES = 20;

    private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9_:.\\-]{0," + (MAX_ROLE_LENGTH - 1) + "}");

    public Headline {
        role = role == null ? null : role.strip().toLowerCase(Locale.ROOT);
    }

    /** True when {@code role} (already lower-cased) is an acceptable role token. */
    public static boolean validRole(String role) {
        return role != null && ROLE.matcher(role).matches();
    }

    /** The list, or an empty one for events written before the field existed. */
    static List<Headline> orNone(List<Headline> headlines) {
        return headlines == null ? List.of() : List.copyOf(headlines);
    }
}
