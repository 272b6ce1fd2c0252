package news.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import news.model.Entity;
import news.model.Entity.EntityType;

/**
 * Reporters, correspondents and photographers: the people who made the story, kept apart from the people in it.
 * Found in credit lines ({@code 本报记者 王金伟 通讯员 马智科}, {@code （记者 赵伟）}, {@code 牛书培 摄}) in the
 * byline and the body, plus any names the normalizer already put in the article metadata. Thread-safe.
 */
final class Credits {

    /** A name, or several glued without separators (通讯员周洁吴丛): split by {@link #splitGluedNames}. */
    private static final String NAME = "\\p{IsHan}{2,12}";
    private static final String CREDIT_WORDS = "记者|通讯员|摄影|实习生|特约撰稿|编辑|见习记者";
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(?:" + CREDIT_WORDS + ")[\\s:：]*((?:" + NAME + ")(?:[ \\t\\u3000、，,]+" + NAME + ")*)"
                    + "(?=[\\s）)】\\]]|摄|$)");
    static final Pattern PHOTO_CREDIT = Pattern.compile("(?:^|[\\s（(])(" + NAME + ")[ \\t\\u3000]*摄(?:\\s|$|[）)])",
            Pattern.MULTILINE);
    /** Where the patterns can start: a credit word; ASCII whitespace (regex \s) or an opening bracket, or a line start. */
    private static final PatternScan.CharSet CREDIT_WORDS_FIRST = new PatternScan.CharSet(
            EntityExtractor.firstChars(CREDIT_WORDS));
    private static final PatternScan.CharSet PHOTO_CREDIT_FIRST = new PatternScan.CharSet(" \t\n\u000B\f\r（(");
    private static final PatternScan.CharSet LINE_TERMINATORS = new PatternScan.CharSet("\n\r\u0085\u2028\u2029");
    private static final Pattern SEPARATORS = Pattern.compile("[ \\t\\u3000、，,]+");

    private Credits() {}

    /** Names credited in these texts (nulls skipped) plus the given known names, in order of appearance. */
    static Set<String> find(Collection<String> known, String... texts) {
        Set<String> names = new LinkedHashSet<>();
        for (String k : known) {
            if (k != null && !k.isBlank()) {
                names.add(k.strip());
            }
        }
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            PatternScan.forEach(CREDIT_LINE, text, creditLineStarts(text), m -> {
                for (String candidate : SEPARATORS.split(m.group(1))) {
                    for (String piece : CREDIT_WORD_RUN.split(candidate)) {
                        names.addAll(splitGluedNames(piece));
                    }
                }
            });
            PatternScan.forEach(PHOTO_CREDIT, text, photoCreditStarts(text), m -> {
                String name = EntityRules.accept(m.group(1), EntityType.PERSON);
                if (name != null) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /** Credit words inside a run of names written without separators (王金伟通讯员马智科). */
    private static final Pattern CREDIT_WORD_RUN = Pattern.compile(
            "(?:本报|特约|见习|实习)?(?:" + CREDIT_WORDS + ")");
    /** Compound surnames start names of up to four chars (欧阳晓明); other names have two or three. */
    private static final int MAX_GLUED = 12;

    /**
     * The names in a run of Han chars of a credit line (no separators, no credit words): one name of two or three
     * chars (four with a compound surname), or several glued (周洁吴丛 → 周洁, 吴丛; 刘传伏王汝雅 → 刘传伏, 王汝雅).
     * Every part must start with a surname and pass the person rules ({@link EntityRules#accept}); of the ways to
     * cut the run, the one with the fewest names wins, then the one whose surnames are the more frequent (the
     * surname list is ordered by frequency: 周洁王汝雅 → 周洁, 王汝雅, not 周洁王, 汝雅). Empty when no cut works
     * (了解到, 今年全市).
     */
    static List<String> splitGluedNames(String run) {
        int n = run.length();
        if (n < 2 || n > MAX_GLUED || !run.codePoints().allMatch(Character::isIdeographic)) {
            return List.of();
        }
        if (n <= 3 || n == 4 && EntityRules.surnameLength(run) == 2) {
            String name = EntityRules.accept(run, EntityType.PERSON);
            return name == null ? List.of() : List.of(name);
        }
        // best[i]: the best cut of run[i, n) as {parts, surname rank sum}, by dynamic programming from the end
        int[] parts = new int[n + 1];
        int[] rank = new int[n + 1];
        int[] next = new int[n + 1];
        java.util.Arrays.fill(parts, Integer.MAX_VALUE);
        parts[n] = 0;
        for (int i = n - 2; i >= 0; i--) {
            int surname = EntityRules.surnameLength(run.substring(i));
            if (surname == 0) {
                continue;
            }
            int surnameRank = EntityRules.surnameRank(run.substring(i, i + surname));
            for (int len = 2; len <= (surname == 2 ? 4 : 3) && i + len <= n; len++) {
                if (parts[i + len] == Integer.MAX_VALUE || len == surname
                        || EntityRules.acceptPersonName(run.substring(i, i + len)) == null) {
                    continue;
                }
                int p = parts[i + len] + 1;
                int r = rank[i + len] + surnameRank;
                if (p < parts[i] || p == parts[i] && r < rank[i]) {
                    parts[i] = p;
                    rank[i] = r;
                    next[i] = i + len;
                }
            }
        }
        if (parts[0] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i = next[i]) {
            names.add(run.substring(i, next[i]));
        }
        return names;
    }

    static IntPredicate creditLineStarts(String text) {
        return PatternScan.charIn(text, CREDIT_WORDS_FIRST);
    }

    static IntPredicate photoCreditStarts(String text) {
        return p -> p == 0
                || p < text.length() && PHOTO_CREDIT_FIRST.contains(text.charAt(p))
                || LINE_TERMINATORS.contains(text.charAt(p - 1));
    }

    private static final Pattern CREDIT_KEYWORD = Pattern.compile("(?:记者|通讯员|摄影|实习生|特约撰稿|编辑)[:：]?$");

    /**
     * Credited names found among the recognised people: {@code names} are credited, {@code glued} are recognised
     * "people" that are two credited names run together (周洁吴 of 通讯员周洁吴丛): no person and no credit.
     */
    record CreditedMentions(Set<String> names, Set<String> glued) {}

    /**
     * Recognized people whose mention stands in a credit line even without separators (the repaired text of a print
     * page often reads 本报记者王金伟通讯员马智科): right after a credit keyword, right after another credited name
     * (本报记者刘传伏王汝雅), or right before 摄. The run of Han chars the mention starts (up to a credit word) is cut
     * into names by {@link #splitGluedNames}, so a mention that glued two names (周洁吴 of 周洁吴丛) gives both names.
     */
    static CreditedMentions creditedMentions(List<Entity> people, String body) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> glued = new LinkedHashSet<>();
        if (people.isEmpty() || body == null || body.isEmpty()) {
            return new CreditedMentions(out, glued);
        }
        java.util.Map<String, Boolean> names = new java.util.HashMap<>();
        people.forEach(p -> names.put(p.name(), Boolean.TRUE));
        int creditedEnd = -1;
        for (PhraseMatcher.Match<Boolean> m : new PhraseMatcher<>(names).find(body)) {
            if (m.begin() < creditedEnd) {
                continue; // inside a run already cut into names
            }
            int from = m.begin();
            while (from > 0 && " \t\u3000、，,".indexOf(body.charAt(from - 1)) >= 0) {
                from--;
            }
            String before = body.substring(Math.max(0, from - 6), from);
            int after = m.end();
            while (after < body.length() && (body.charAt(after) == ' ' || body.charAt(after) == '\u3000')) {
                after++;
            }
            boolean photo = after < body.length() && body.charAt(after) == '摄'
                    && (after + 1 == body.length() || !Character.isIdeographic(body.charAt(after + 1))
                        || body.charAt(after + 1) == '影');
            if (CREDIT_KEYWORD.matcher(before).find() || from == creditedEnd || photo
                    || continuesCreditLine(body, m.begin())) {
                String run = hanRun(body, m.begin());
                List<String> cut = run.length() > m.phrase().length() || m.phrase().length() > 3
                        ? splitGluedNames(run) : List.of();
                if (cut.isEmpty()) {
                    out.add(m.phrase());
                    creditedEnd = m.end();
                } else {
                    out.addAll(cut);
                    if (!cut.contains(m.phrase())) {
                        glued.add(m.phrase());
                    }
                    creditedEnd = m.begin() + run.length();
                }
            }
        }
        return new CreditedMentions(out, glued);
    }

    /** The Han chars from {@code at} up to the first other char, credit word or 摄 (a photo credit's end). */
    private static String hanRun(String body, int at) {
        int end = at;
        while (end < body.length() && Character.isIdeographic(body.charAt(end)) && end - at < MAX_GLUED) {
            end++;
        }
        String run = body.substring(at, end);
        java.util.regex.Matcher credit = CREDIT_WORD_RUN.matcher(run);
        if (credit.find()) {
            run = run.substring(0, credit.start());
        }
        if (run.endsWith("摄")) {
            run = run.substring(0, run.length() - 1);
        }
        return run;
    }

    private static final Pattern CREDIT_LINE_WORDS = Pattern.compile("记者|通讯员|摄影|实习生|特约撰稿|编辑");

    /**
     * Whether the mention at {@code at} stands in a short line of names only (≤ 16 chars: Han and separators) that
     * follows a line with a credit word: the print layout often breaks a credit line in two
     * (本报通讯员谭曰鹏⏎⏎吴计建崔昊周慧喆).
     */
    static boolean continuesCreditLine(String body, int at) {
        int lineStart = at;
        while (lineStart > 0 && body.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart == 0) {
            return false;
        }
        int lineEnd = body.indexOf('\n', at);
        String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd).strip();
        if (line.isEmpty() || line.length() > 16
                || !line.codePoints().allMatch(c -> Character.isIdeographic(c) || " \u3000、，,".indexOf(c) >= 0)) {
            return false;
        }
        int prevEnd = lineStart - 1;
        while (prevEnd > 0 && Character.isWhitespace(body.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = prevEnd;
        while (prevStart > 0 && body.charAt(prevStart - 1) != '\n') {
            prevStart--;
        }
        return prevEnd > prevStart && CREDIT_LINE_WORDS.matcher(body.substring(prevStart, prevEnd)).find();
    }

    /**
     * Splits people into story people and credited people (a credited name is never a story person; a glued one,
     * see {@link CreditedMentions}, is neither).
     */
    static List<List<Entity>> split(List<Entity> people, Set<String> credited, Set<String> glued, String body) {
        List<Entity> story = new ArrayList<>();
        List<Entity> credits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Entity p : people) {
            if (glued.contains(p.name()) && !credited.contains(p.name())) {
                continue;
            }
            if (credited.contains(p.name())) {
                credits.add(p);
                seen.add(p.name());
            } else {
                story.add(p);
            }
        }
        for (String name : credited) {
            if (!seen.contains(name)) {
                int at = body == null ? -1 : body.indexOf(name);
                credits.add(new Entity(name, EntityType.PERSON, at, 1));
            }
        }
        return List.of(story, credits);
    }
}
