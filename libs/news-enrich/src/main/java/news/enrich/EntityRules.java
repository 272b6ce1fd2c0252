package news.enrich;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import news.model.Entity.EntityType;

/**
 * Rules around the entity model. {@link #acceptMention}: what a recognised span must be at all (letters, no sentence
 * punctuation). {@link #acceptPersonName} and {@link #expandPlaceAbbreviation}: what becomes a facet entry.
 * {@link #accept}: the stricter first-cut filters (made for HanLP's own name recognition, which over-generates on
 * government prose: 万余人, 何将, 的城市, 产业发展…), still used for pattern-found names and credit lines.
 */
final class EntityRules {

    static final String SURNAMES_RESOURCE = "news/enrich/surnames.txt";

    private static final class Surnames {
        static final Set<String> INSTANCE = Set.copyOf(Resources.lines(SURNAMES_RESOURCE));
        /** Surname → rank in the file (ordered by frequency, single surnames first). */
        static final java.util.Map<String, Integer> RANK = ranks();

        private static java.util.Map<String, Integer> ranks() {
            java.util.Map<String, Integer> rank = new java.util.HashMap<>();
            for (String s : Resources.lines(SURNAMES_RESOURCE)) {
                rank.putIfAbsent(s, rank.size());
            }
            return rank;
        }
    }

    /** The length of the surname a text starts with: 2 for a compound one (欧阳), 1, or 0 when none. */
    static int surnameLength(String s) {
        if (s.length() >= 2 && Surnames.INSTANCE.contains(s.substring(0, 2))) {
            return 2;
        }
        return !s.isEmpty() && Surnames.INSTANCE.contains(s.substring(0, 1)) ? 1 : 0;
    }

    /** The rank of a surname by frequency (0 = 王), large when it is none. */
    static int surnameRank(String surname) {
        return Surnames.RANK.getOrDefault(surname, 10_000);
    }

    /** Chars that never occur inside a person name in practice but glue onto recognized names. */
    private static final String PERSON_JUNK = "的了和与及在是为将把被对从向到们这那个等年月日时都也就说余后前率队进行人";
    /** A "name" ending like a place or facility (孙村, 储气库) is not a person. */
    private static final String PERSON_BAD_ENDINGS = "村镇乡县区市省库站局厂所园路街摄";
    /** One-char province names (冀鲁豫三省交界): a "name" made of them only is a list of provinces. */
    private static final String PROVINCE_ABBREVIATIONS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台";
    /** Titles/honorifics: "李书记" is a reference, not a name. */
    private static final List<String> PERSON_TITLES = List.of("书记", "主任", "市长", "县长", "省长", "镇长", "乡长",
            "村长", "局长", "部长", "厅长", "主席", "同志", "老师", "先生", "女士", "总", "董", "工");
    /** Leading function words that HanLP glues onto place and organisation names. */
    private static final String LEADING_JUNK = "的了和与及在是为将把被对从向到由就时刚又并也都让给于经当来赴至进派各每好名个位家";
    /** Place suffixes that make an unknown name plausible (马坊镇, 嘉祥县). */
    private static final String PLACE_SUFFIXES = "省市县区镇乡村旗州盟岛山河湖";
    private static final List<String> ORG_LEADING_TITLES = List.of("时任", "现任", "原任", "前任");
    private static final String NUMERALS = "一二两三四五六七八九十百千万几";
    private static final Set<String> GENERIC_PLACES = Set.of("城市", "乡村", "农村", "地方", "基层", "全国", "全省",
            "全市", "全县", "本地", "当地", "国内", "国外", "海外", "城乡", "村里", "乡里", "县里", "市里", "省里", "街道",
            "小城镇", "开发区", "城区", "市区", "县城", "乡镇", "镇村", "社区", "园区", "景区", "新区", "郊区", "山区", "老区",
            "经济技术开发区", "经济开发区", "高新技术开发区", "高新技术产业开发区", "高新区", "产业集聚区", "工业园区");
    private static final List<String> ORG_SUFFIXES = List.of("委员会", "委", "办", "局", "厅", "部", "院", "所", "会",
            "中心", "公司", "集团", "银行", "大学", "学院", "学校", "中学", "小学", "医院", "政府", "人大", "政协", "党委",
            "党组", "支部", "总支", "协会", "商会", "联合会", "合作社", "站", "台", "社", "处", "署", "厂", "馆", "团", "军",
            "队", "联盟", "基金会");
    /** One-char endings of facilities and offices (美术馆, 剧院, 水厂, 车站, 水利局, 派出所): not places for the facet. */
    private static final String FACILITY_ENDINGS = "馆院厂站局所";
    private static final List<String> ORG_EVENT_SUFFIXES = List.of("大会", "会议", "党代会", "座谈会", "博览会",
            "交流会", "推介会", "发布会", "研讨会", "运动会", "演唱会", "招聘会", "洽谈会", "展销会", "年会", "例会");

    private static final List<String> ORG_JUNK_INFIXES = List.of("一个", "图为", "图片", "记者", "通讯员");

    /** One-char place mentions that stand for a country or region (中美 → 中国, 美国), from a resource file. */
    private static final class Abbreviations {
        static final java.util.Map<String, String> INSTANCE = load();

        private static java.util.Map<String, String> load() {
            java.util.Map<String, String> map = new java.util.HashMap<>();
            for (String line : Resources.lines(PLACE_ABBREVIATIONS_RESOURCE)) {
                String[] cols = line.split("\\s+");
                if (cols.length != 2 || cols[0].length() != 1) {
                    throw new IllegalStateException(PLACE_ABBREVIATIONS_RESOURCE + ": expected 'char name', got '" + line + "'");
                }
                map.put(cols[0], cols[1]);
            }
            return java.util.Map.copyOf(map);
        }
    }

    static final String PLACE_ABBREVIATIONS_RESOURCE = "news/enrich/place-abbreviations.tsv";

    private EntityRules() {}

    /**
     * Whether a recognised span can be an entity mention at all: it has a letter or ideograph, and a person's name
     * has nothing but those and the name separators {@code ·•-.}.
     */
    /** Chars that close a quotation or clause: no entity starts with one. */
    private static final String CLOSING = "”’》）)」』】〉、，。；：！？,;:!?";
    /** Chars that open a quotation: no entity ends with one. */
    private static final String OPENING = "“‘《（(「『【〈";

    /**
     * The span without closing punctuation at its start and opening punctuation at its end (”子岸镇 → 子岸镇; title marks
     * too, unless it is an organisation: 《联乡 → 联乡), the same
     * span when there is none, null when nothing is left.
     */
    static EntityEvaluation.Span trimPunctuation(String text, EntityEvaluation.Span s) {
        int b = s.begin();
        int e = s.end();
        boolean titled = s.type() == EntityType.ORGANISATION; // 《人民日报》; a person or place has no title marks
        while (b < e && (CLOSING.indexOf(text.charAt(b)) >= 0 || !titled && text.charAt(b) == '《')) {
            b++;
        }
        while (e > b && (OPENING.indexOf(text.charAt(e - 1)) >= 0 || !titled && text.charAt(e - 1) == '》')) {
            e--;
        }
        if (b == s.begin() && e == s.end()) {
            return s;
        }
        return b < e ? new EntityEvaluation.Span(b, e, s.type()) : null;
    }

    static boolean acceptMention(String s, EntityType type) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isIdeographic(c) || Character.isLetter(c) || Character.isSurrogate(c)) {
                letter = true;
            } else if (type == EntityType.PERSON && "·•-.．".indexOf(c) < 0) {
                return false;
            }
        }
        return letter;
    }

    /**
     * The person facet: a recognised person name that looks like a name, else null. Chinese names must pass
     * {@link #accept} (surname, no function-word chars, no title) and not be a common word (高点, 施策);
     * transliterated ones (克林顿, 阿卜杜勒·拉赫曼) must consist of transliteration chars (HanLP's translated-name
     * dictionary). One char (刘 of 刘老师) is no entry, nor a string of province names (冀鲁豫), a three-char
     * "name" whose first and last chars are the same (宣外宣, cut out of 内宣外宣), that starts with a city's short
     * name (许昌美 of 许昌美术) or that looks like a phrase ({@link #looksLikeAPhrase}).
     */
    static String acceptPersonName(String name) {
        if (name == null || name.strip().length() < 2) {
            return null;
        }
        String w = name.strip();
        if (w.chars().allMatch(c -> PROVINCE_ABBREVIATIONS.indexOf(c) >= 0)
                || w.length() == 3 && w.charAt(0) == w.charAt(2)) { // 冀鲁豫; 内宣外宣 → 宣外宣
            return null;
        }
        if (w.indexOf('·') > 0 || w.indexOf('•') > 0) { // transliterated: 阿卜杜勒·拉赫曼
            return w.length() >= 3 && accept(w, EntityType.PERSON) != null && mostlyTransliteration(w) ? w : null;
        }
        if (w.length() == 3 && "于赴至".indexOf(w.charAt(0)) >= 0 && !Gazetteer.standard().lookup(w.substring(1)).isEmpty()) {
            return null; // 于嘉祥 of 落户于嘉祥: a preposition and a place (of 5,754 three-char gold people only 于金山)
        }
        if (w.length() == 3 && Gazetteer.standard().lookup(w.substring(0, 2)).stream()
                .anyMatch(d -> d.level() == Gazetteer.Level.CITY && d.name().length() == 3)) {
            // 许昌美 of 引领许昌美术: a city's short name and a char (of 2,788 distinct three-char gold people of MSRA
            // and CLUENER one starts with a city's short name: 伊春德)
            return null;
        }
        String chinese = accept(w, EntityType.PERSON);
        if (chinese != null && !isCommonWord(w) && !(w.length() == 3 && looksLikeAPhrase(w))) {
            return chinese;
        }
        if (w.length() >= 2 && allHan(w) && (TranslatedPersonDictionary.containsKey(w) || w.length() >= 3
                && w.chars().allMatch(c -> TranslatedPersonDictionary.containsKey(String.valueOf((char) c))))) {
            return w;
        }
        return null;
    }

    /**
     * Whether at least half of the Han chars of a dotted name are transliteration chars (HanLP's translated-name
     * dictionary): 兴豫·濮阳 (a slogan) is not a name. Of the 331 dotted gold people of MSRA + CLUENER, 325 pass; the
     * rest are Thai names of Chinese chars (差猜·春哈旺) and 爱新觉罗·启骧.
     */
    private static boolean mostlyTransliteration(String w) {
        int han = 0;
        int transliteration = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isIdeographic(c)) {
                han++;
                if (TranslatedPersonDictionary.containsKey(String.valueOf(c))) {
                    transliteration++;
                }
            }
        }
        return han > 0 && 2 * transliteration >= han;
    }

    /**
     * A three-char "name" that starts with a frequent common word (安全关, 关键一: 安全 and 关键 are words HanLP's
     * core dictionary has seen 50 times or more, not as names) or has a place suffix in the middle (田镇新, cut out
     * of 望田镇新色村). Checked on the gold people of MSRA and CLUENER: 3 of 5,754 three-char names look like this
     * (主持人, 于是之, 河村宏).
     */
    private static boolean looksLikeAPhrase(String w) {
        CoreDictionary.Attribute prefix = CoreDictionary.get(w.substring(0, 2));
        return prefix != null && prefix.totalFrequency >= 50 && !hasNature(prefix, "nr")
                || "镇乡村县市省区".indexOf(w.charAt(1)) >= 0;
    }

    /** A word HanLP's core dictionary knows, but not as a person's name (高点, 施策): not a name on its own. */
    private static boolean isCommonWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a != null && !hasNature(a, "nr");
    }

    /**
     * The places facet: a recognised place name, else null. One char only when it stands for a country or region
     * ({@link #expandPlaceAbbreviation}); no generic words (城区, 镇村), no ethnic groups (达斡尔族), and a two-char
     * name of a township or village (X乡, X镇, X村) only when the gazetteer knows it (联乡 of 联乡帮村 is a programme),
     * no facility or body (a name ending in a suffix of two chars or more of organisations: X中心, X医院, X公司).
     */
    static String acceptPlaceName(String name, Gazetteer gazetteer) {
        String w = name.strip();
        if (w.length() == 1) {
            return expandPlaceAbbreviation(w);
        }
        if (w.isEmpty() || GENERIC_PLACES.contains(w) || w.endsWith("族")) {
            return null;
        }
        if (w.length() == 2 && "乡镇村".indexOf(w.charAt(1)) >= 0 && gazetteer.lookup(w).isEmpty()) {
            return null;
        }
        if (w.length() > 2 && w.endsWith("讯") && !gazetteer.lookup(w.substring(0, w.length() - 1)).isEmpty()) {
            w = w.substring(0, w.length() - 1); // the dateline 本报济宁讯: the place is 济宁
        }
        if (gazetteer.lookup(w).isEmpty() && !isDictionaryName(w, "ns")) {
            if (looksLikeASlogan(w, gazetteer)) {
                return null;
            }
            // a common word of HanLP's dictionary that is no place name nor a word of location (广场, 中华; not 海外)
            CoreDictionary.Attribute word = CoreDictionary.get(w);
            if (word != null && !hasNature(word, "s") && !hasNature(word, "f")) {
                return null;
            }
            // a generic word with a char or two before it that name no place (美乡村 of 美丽乡村, 新农村)
            for (String generic : GENERIC_PLACES) {
                String before = w.substring(0, Math.max(0, w.length() - generic.length()));
                if (w.endsWith(generic) && !before.isEmpty() && (before.length() == 1 || before.length() == 2
                        && gazetteer.lookup(before).isEmpty() && !isDictionaryName(before, "ns"))) {
                    return null;
                }
            }
        }
        // a facility or body named after its place (济宁中心, 许昌市医院, 市美术馆, 许都大剧院) is not a place
        if (w.length() > 2 && FACILITY_ENDINGS.indexOf(w.charAt(w.length() - 1)) >= 0 && gazetteer.lookup(w).isEmpty()) {
            return null;
        }
        for (String suffix : ORG_SUFFIXES) {
            if (suffix.length() >= 2 && w.endsWith(suffix) && w.length() > suffix.length()
                    && gazetteer.lookup(w).isEmpty()) {
                return null;
            }
        }
        return w;
    }

    /**
     * Whether a "place" the gazetteer and HanLP do not know reads as a campaign slogan or a phrase of government prose
     * rather than a name: a common word before a known place (平安濮阳, 法治河南, 美丽许昌: an adjective or noun of
     * HanLP's core dictionary that is no place itself, then a gazetteer or dictionary place), a place followed by a
     * verb-like or adjectival word (马颊河生态, 汝河治理: the last two chars a dictionary word tagged as a verbal noun,
     * verb or adjective), or a group of places counted (冀鲁豫三省, 中日韩三国).
     */
    static boolean looksLikeASlogan(String w, Gazetteer gazetteer) {
        int n = w.length();
        if (n >= 3 && NUMERALS.indexOf(w.charAt(n - 2)) >= 0 && "省市县区国".indexOf(w.charAt(n - 1)) >= 0) {
            return true; // 冀鲁豫三省
        }
        for (int k = 2; k + 2 <= n; k++) {
            String head = w.substring(0, k);
            String rest = w.substring(k);
            if (isSloganWord(head) && (!gazetteer.lookup(rest).isEmpty() || isDictionaryName(rest, "ns"))) {
                return true; // 平安濮阳
            }
        }
        if (n >= 4) {
            CoreDictionary.Attribute tail = CoreDictionary.get(w.substring(n - 2));
            return tail != null && !hasNature(tail, "ns") && !hasNature(tail, "n") ? hasVerbOrAdjective(tail)
                    : tail != null && !hasNature(tail, "ns") && hasNature(tail, "vn"); // 马颊河生态
        }
        return false;
    }

    /** A word of HanLP's core dictionary that can head a slogan (平安, 法治, 美丽, 生态, 数字): not a place or name. */
    private static boolean isSloganWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null || hasNature(a, "ns") || hasNature(a, "nr") || hasNature(a, "f") || hasNature(a, "s")) {
            return false;
        }
        return hasNature(a, "a") || hasNature(a, "n") || hasNature(a, "vn");
    }

    private static boolean hasVerbOrAdjective(CoreDictionary.Attribute a) {
        return hasNature(a, "v") || hasNature(a, "a");
    }

    /** After a name, these make it an epithet (孔孟之乡, 书法之乡, 孔孟之道): what a place is known for, not a mention. */
    static final List<String> EPITHET_FOLLOWERS = List.of("之乡", "之都", "之城", "之源", "之道", "之邦", "故里");

    /**
     * Whether every occurrence of a name in the text is an epithet ({@link #EPITHET_FOLLOWERS}): 孔孟 of 孔孟之乡 names
     * no person (Confucius and Mencius, a compound) and no place. False when the name does not occur. (The extractor
     * asks the same of each recognised mention, {@link #isEpithet}.)
     */
    static boolean onlyInEpithets(String name, String text) {
        boolean seen = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!isEpithet(text, at + name.length())) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    /** Whether a name ending at {@code end} of the text is an epithet ({@link #EPITHET_FOLLOWERS} follows). */
    static boolean isEpithet(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '之' && text.charAt(end) != '故') {
            return false;
        }
        for (String f : EPITHET_FOLLOWERS) {
            if (text.startsWith(f, end)) {
                return true;
            }
        }
        return false;
    }

    /** Organisation heads for the facet: the suffixes above and kinds of outlet and body MSRA tags (人民日报, 工作组). */
    private static final List<String> ORG_HEADS = concat(ORG_SUFFIXES, List.of("报", "组", "室", "科", "党", "组织",
            "国", "盟", "办"));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** Generic bodies of government prose that a verb can govern: 助推市委, 配合县政府. */
    private static final List<String> LEVEL_BODIES = List.of("市委", "省委", "县委", "区委", "党委", "市政府",
            "县政府", "省政府", "区政府", "政府", "市人大", "县人大", "乡镇党委", "乡党委", "镇党委", "村党支部", "党支部",
            "党组");

    /**
     * The organisations facet: a recognised organisation that reads as one, else null. It must end in an
     * organisation head (委员会, 局, 公司, 队, …) or be known to HanLP's dictionaries as an organisation or an
     * abbreviation (新华社, 人大, 北约); a verb-like word and a head alone are a generic description, not a name
     * (服务队 = 服务 + 队, 指挥部, 研发中心, 工作组), and a verb-like word right before a generic body makes the span
     * a phrase (联乡帮村机制助推市委: "the mechanism helps the city committee").
     */
    static String acceptOrganisationName(String name) {
        String w = name.strip();
        // a quote or plus inside: the organisation is what follows it (书记学院“连成导师工作室 → 连成导师工作室)
        int cut = Math.max(Math.max(w.lastIndexOf('“'), w.lastIndexOf('"')), Math.max(w.lastIndexOf('+'),
                w.lastIndexOf('＋')));
        if (cut >= 0) {
            w = w.substring(cut + 1);
        }
        // a function word or verb of one char glued before a level (刚当上党支部, 任市人大常委会): not part of the name
        while (w.length() > 3 && (LEADING_JUNK.indexOf(w.charAt(0)) >= 0 || "上任".indexOf(w.charAt(0)) >= 0)
                && LEVEL_CHARS.indexOf(w.charAt(1)) >= 0) {
            w = w.substring(1);
        }
        if (w.length() >= 4 && isVerb(w.substring(0, 2))) {
            return null; // 改造闲置学校: a verb phrase ending in a head
        }
        if (w.length() < 2 || ORG_HEADS.contains(w) && !isDictionaryName(w, "j") && !isDictionaryName(w, "nt")) {
            return null; // 委员会, 政府 alone name no body (人大, 政协 are abbreviations of one)
        }
        for (String event : ORG_EVENT_SUFFIXES) {
            if (w.endsWith(event)) {
                return null; // 省第十一次党代会: a meeting
            }
        }
        boolean known = isDictionaryName(w, "nt") || isDictionaryName(w, "nis") || isDictionaryName(w, "j");
        String head = null;
        for (String h : ORG_HEADS) {
            if (w.endsWith(h) && w.length() > h.length() && (head == null || h.length() > head.length())) {
                head = h;
            }
        }
        if (head == null && !known) {
            return null; // 平安, 华龙区, 平安濮阳法治濮阳
        }
        if (head != null && w.length() - head.length() == 2 && isVerbLike(w.substring(0, 2))
                && !hasNature(CoreDictionary.get(w), "nt") && !hasNature(CoreDictionary.get(w), "j")) {
            return null; // 服务队, 指挥部, 研发中心
        }
        for (String body : LEVEL_BODIES) {
            if (w.endsWith(body) && w.length() >= body.length() + 2
                    && isVerbLike(w.substring(w.length() - body.length() - 2, w.length() - body.length()))) {
                return null; // …机制助推市委
            }
        }
        return w;
    }

    /** Chars that begin the name of a body of some level (市委, 县政府, 党支部, 村委会). */
    private static final String LEVEL_CHARS = "省市县区乡镇村党";

    /** A two-char word whose most frequent part of speech in HanLP's core dictionary is a plain verb (改造, 配合). */
    private static boolean isVerb(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a != null && primaryNature(a).equals("v");
    }

    /**
     * A two-char word whose most frequent part of speech in HanLP's core dictionary (its custom dictionary for words
     * the core one has as abbreviations) is a verb or verbal noun (服务, 指挥, 助推, 研发).
     */
    private static boolean isVerbLike(String w) {
        CoreDictionary.Attribute core = CoreDictionary.get(w);
        if (core == null) {
            return false; // the custom dictionary alone has stray entries (委会 as a verb, cut from 常委会)
        }
        CoreDictionary.Attribute a = primaryNature(core).equals("j") ? CustomDictionary.get(w) : core;
        return a != null && primaryNature(a).startsWith("v"); // its most frequent use: 人民 is [n 1579, v 1]
    }

    private static String primaryNature(CoreDictionary.Attribute a) {
        return a.nature == null || a.nature.length == 0 || a.nature[0] == null ? "" : a.nature[0].toString();
    }

    /** What follows a one-char country in news prose: 中方, 中美两国, 中德关系, 德企, 美籍. */
    private static final List<String> COUNTRY_CONTEXT = List.of("方", "两国", "双方", "关系", "建交", "友好", "合作",
            "边境", "籍", "企", "资", "军", "对", "外");
    /** A verb of travel or stay right before a one-char place: 访美, 抵京, 在京, 旅法, 留德, 驻港. */
    private static final String COUNTRY_VERBS = "访抵离赴驻旅留来返在";

    /**
     * Whether a one-char place mention reads as a country or region (中美, 中德合作, 中方, 中、日、韩, 访美): another
     * place mention right before or after it (a 、 between them allowed), a word of {@link #COUNTRY_CONTEXT} after it
     * or a verb of travel before it. Of MSRA's 979 gold one-char places that stand for a known country or region,
     * 753 pass; most of the rest are MSRA's one-char places inside words (京剧, 中药, 抗日, 港人, 台商), which the facet does
     * not want, and a country as a subject (俄希望…: lost to the facet).
     * 德 of 立德树人, tagged a place by the model on its own, is none: it must not become 德国 in the facet.
     */
    static boolean inCountryContext(String text, EntityEvaluation.Span span, List<EntityEvaluation.Span> places) {
        int b = span.begin();
        int e = span.end();
        for (EntityEvaluation.Span p : places) {
            if (p.equals(span)) {
                continue;
            }
            if (p.end() == b || p.begin() == e
                    || p.end() == b - 1 && text.charAt(b - 1) == '、' || p.begin() == e + 1 && text.charAt(e) == '、') {
                return true;
            }
        }
        for (String w : COUNTRY_CONTEXT) {
            if (text.startsWith(w, e)) {
                return true;
            }
        }
        return b > 0 && COUNTRY_VERBS.indexOf(text.charAt(b - 1)) >= 0;
    }

    /** The place a one-char mention stands for (美 → 美国), or null when it stands for none we know. */
    static String expandPlaceAbbreviation(String name) {
        return Abbreviations.INSTANCE.get(name);
    }

    /** The entity type of a HanLP nature tag, or null when it is not a name tag. */
    static EntityType typeOf(String nature) {
        if (nature == null || nature.isEmpty()) {
            return null;
        }
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.PLACE;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANISATION;
        }
        return null;
    }

    /** The cleaned name if it passes the rules for its type, else null. */
    static String accept(String word, EntityType type) {
        if (word == null) {
            return null;
        }
        String w = word.strip();
        if (w.length() < 2 || !hasHan(w)) {
            return null;
        }
        return switch (type) {
            case PERSON -> acceptPerson(w);
            case PLACE -> acceptPlace(w);
            case ORGANISATION -> acceptOrganisation(w);
        };
    }

    private static String acceptPerson(String w) {
        int dot = w.indexOf('·');
        if (dot >= 0) { // transliterated: 阿卜杜勒·拉赫曼
            return w.length() >= 3 && dot > 0 && dot < w.length() - 1 && allHanOrDot(w) ? w : null;
        }
        if (w.length() > 4 || !allHan(w) || PERSON_BAD_ENDINGS.indexOf(w.charAt(w.length() - 1)) >= 0) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            if (PERSON_JUNK.indexOf(w.charAt(i)) >= 0) {
                return null;
            }
        }
        for (String title : PERSON_TITLES) {
            if (w.endsWith(title)) {
                return null;
            }
        }
        Set<String> surnames = Surnames.INSTANCE;
        boolean surname = surnames.contains(w.substring(0, 1)) || surnames.contains(w.substring(0, 2));
        return surname ? w : null;
    }

    private static String acceptPlace(String w) {
        if (isDictionaryName(w, "ns")) {
            return GENERIC_PLACES.contains(w) ? null : w;
        }
        String s = w;
        while (s.length() > 1 && LEADING_JUNK.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        if (s.length() < 2 || !allHan(s) || GENERIC_PLACES.contains(s)) {
            return null;
        }
        if (isDictionaryName(s, "ns")) {
            return s;
        }
        // unknown to HanLP's dictionaries: only names of three or more chars with a place suffix (马坊镇, 嘉祥县)
        if (s.length() < 3 || PLACE_SUFFIXES.indexOf(s.charAt(s.length() - 1)) < 0
                || NUMERALS.indexOf(s.charAt(0)) >= 0) {
            return null;
        }
        return s;
    }

    private static String acceptOrganisation(String w) {
        String s = w;
        for (String title : ORG_LEADING_TITLES) {
            if (s.startsWith(title)) {
                s = s.substring(title.length());
            }
        }
        while (!s.isEmpty() && LEADING_JUNK.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        if (s.length() < 3 || !Character.isIdeographic(s.codePointAt(0))) {
            return null;
        }
        if (NUMERALS.indexOf(s.charAt(0)) >= 0 || s.startsWith("第")) {
            return null;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '和' || c == '及' || c == '与' || c == '、' || c == '，' || c == '的' || c == '对') {
                return null;
            }
        }
        for (String junk : ORG_JUNK_INFIXES) {
            if (s.contains(junk)) {
                return null;
            }
        }
        if (s.length() == 3 && !isDictionaryName(s, "nt")) {
            return null; // 开好局: three-char organisations must be known (商务部, 外交部)
        }
        for (String event : ORG_EVENT_SUFFIXES) {
            if (s.endsWith(event)) {
                return null;
            }
        }
        for (String suffix : ORG_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s;
            }
        }
        return null;
    }

    /** Whether HanLP's core or custom dictionary tags the word with a nature starting with the prefix. */
    static boolean isDictionaryName(String w, String naturePrefix) {
        return hasNature(CoreDictionary.get(w), naturePrefix) || hasNature(CustomDictionary.get(w), naturePrefix);
    }

    private static boolean hasNature(CoreDictionary.Attribute attribute, String naturePrefix) {
        if (attribute == null || attribute.nature == null) {
            return false;
        }
        for (var nature : attribute.nature) {
            if (nature != null && nature.toString().startsWith(naturePrefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(Character::isIdeographic);
    }

    private static boolean allHan(String s) {
        return s.codePoints().allMatch(Character::isIdeographic);
    }

    private static boolean allHanOrDot(String s) {
        return s.codePoints().allMatch(c -> c == '·' || Character.isIdeographic(c));
    }
}
