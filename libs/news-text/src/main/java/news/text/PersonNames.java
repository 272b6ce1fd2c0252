package news.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a run of Chinese personal names printed without separators ({@code 李超张培龙} → 李超, 张培龙;
 * {@code 王世冰和志强} → 王世冰, 和志强).
 *
 * <p>HanLP's person-name recogniser proposes the split; it is accepted only when every piece is a plausible name
 * (2–4 characters starting with a known surname). Otherwise a surname-anchored split is used: the fewest pieces of
 * 2–3 characters (4 with a compound surname) that each start with a surname. A run no split explains stays whole.
 * HanLP loads its dictionaries lazily (about a second, once per JVM) and only when a run longer than three characters
 * is seen, so bylines with spaced names never pay for it.
 */
public final class PersonNames {

    // The ~200 commonest single-character surnames (together well over 95% of the population) and compound ones.
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阎";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "轩辕");

    /** True when {@code c} is one of the common single-character surnames. */
    public static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** True when {@code s} looks like one person's name: 2–4 Han characters starting with a surname. */
    public static boolean isPlausibleName(String s) {
        if (s == null || s.length() < 2 || s.length() > 4 || !allHan(s)) {
            return false;
        }
        if (s.length() == 4) {
            return COMPOUND_SURNAMES.contains(s.substring(0, 2));
        }
        return isSurname(s.charAt(0)) || COMPOUND_SURNAMES.contains(s.substring(0, 2));
    }

    /** The names in {@code run}; a run of up to three characters, or one nothing explains, is returned whole. */
    public List<String> split(String run) {
        if (run == null || run.isBlank()) {
            return List.of();
        }
        String s = run.strip();
        if (s.length() <= 3 || !allHan(s)) {
            return List.of(s);
        }
        List<String> byRecogniser = recognised(s);
        if (byRecogniser != null) {
            return byRecogniser;
        }
        List<String> bySurname = surnameSplit(s);
        return bySurname == null ? List.of(s) : bySurname;
    }

    /** HanLP's split when every term it returns is a person name that is also plausible; else null. */
    private static List<String> recognised(String s) {
        List<String> names = new ArrayList<>();
        for (Term term : Recogniser.INSTANCE.seg(s)) {
            if (!term.nature.startsWith("nr") || !isPlausibleName(term.word)) {
                return null;
            }
            names.add(term.word);
        }
        return names.size() >= 2 ? List.copyOf(names) : null;
    }

    /** Fewest pieces, each a plausible name; null when none. Tries 3-character pieces before 2-character ones. */
    static List<String> surnameSplit(String s) {
        List<String>[] best = splitFrom(s, 0, new java.util.HashMap<>());
        return best == null ? null : best[0];
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] splitFrom(String s, int from, java.util.Map<Integer, List<String>[]> memo) {
        if (from == s.length()) {
            return new List[] {List.of()};
        }
        if (memo.containsKey(from)) {
            return memo.get(from);
        }
        List<String>[] best = null;
        for (int len : new int[] {3, 2, 4}) {
            if (from + len > s.length()) {
                continue;
            }
            String piece = s.substring(from, from + len);
            if (!isPlausibleName(piece)) {
                continue;
            }
            List<String>[] rest = splitFrom(s, from + len, memo);
            if (rest != null && (best == null || rest[0].size() + 1 < best[0].size())) {
                List<String> names = new ArrayList<>();
                names.add(piece);
                names.addAll(rest[0]);
                best = new List[] {List.copyOf(names)};
            }
        }
        memo.put(from, best);
        return best;
    }

    private static boolean allHan(String s) {
        return s.codePoints().allMatch(CharClass::isHan);
    }

    /** HanLP's segmenter with person-name recognition, loaded on first use. */
    private static final class Recogniser {
        static final Segment INSTANCE = HanLP.newSegment().enableNameRecognize(true).enableOffset(false);
    }
}
