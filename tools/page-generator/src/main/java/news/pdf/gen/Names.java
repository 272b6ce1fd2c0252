package news.pdf.gen;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Made-up person names, places and phrases for bylines and page furniture (no real people). */
final class Names {
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红辉鑫波宁亮晨凯瑶琳健斌浩宇鹏飞欣怡晓雪梅倩婷帆旭东升海燕春峰志新文博";
    static final List<String> PLACES = List.of("郑州", "洛阳", "安阳", "新乡", "开封", "南阳", "信阳", "周口", "商丘", "许昌",
            "漯河", "焦作", "鹤壁", "三门峡", "驻马店", "平顶山", "济源", "长垣", "兰考", "汝州");
    static final List<String[]> PAPERS = List.of(new String[] {"江城日报", "JIANGCHENG RIBAO"},
            new String[] {"清河日报", "QINGHE DAILY"}, new String[] {"东岭时报", "DONGLING TIMES"},
            new String[] {"云溪日报", "YUNXI RIBAO"}, new String[] {"北原晚报", "BEIYUAN EVENING NEWS"},
            new String[] {"南川日报", "NANCHUAN DAILY"}, new String[] {"中原工业报", "ZHONGYUAN INDUSTRY WEEKLY"},
            new String[] {"青山县报", "QINGSHAN XIANBAO"});
    static final List<String> SECTIONS = List.of("要闻", "综合新闻", "时政", "经济", "民生", "县域经济", "理论", "视点",
            "社会", "文化", "体育", "专版");
    static final List<String> COLUMNS = List.of("基层动态", "一线观察", "民生直通车", "政策解读", "走基层", "今日关注",
            "编者按", "短评");
    static final List<String> KICKERS = List.of("聚焦高质量发展", "奋进新征程 建功新时代", "一线观察", "新春走基层",
            "喜迎二十大 奋进新时代", "学思想 强党性 重实践 建新功", "在希望的田野上", "项目建设攻坚年");
    static final List<String> SERIES = List.of("“万人助万企”系列报道", "乡村振兴一线行", "高质量发展调研行",
            "营商环境大家谈", "民生实事面对面");
    static final List<String> CAPTION_SCENES = List.of("工作人员正在检查设备运行情况", "村民在田间采收农作物",
            "志愿者为群众提供咨询服务", "游客在景区参观游览", "工人在生产线上忙碌", "学生在课堂上认真听讲",
            "市民在广场上参加健身活动", "技术人员调试新设备", "施工人员在项目现场作业", "医护人员为群众义诊");
    static final String DIGITS_CN = "〇一二三四五六七八九";

    private final Random random;
    private final Set<String> used = new HashSet<>();

    Names(Random random) {
        this.random = random;
    }

    /** A person name not yet used on this page: a surname and one or two given-name characters. */
    String person() {
        for (int tries = 0; ; tries++) {
            StringBuilder b = new StringBuilder();
            b.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            int given = random.nextInt(10) < 7 || tries > 50 ? 2 : 1;
            for (int i = 0; i < given; i++) {
                b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            if (used.add(b.toString())) {
                return b.toString();
            }
        }
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String chineseOrdinal(int n) {
        return n <= 10 ? (n == 10 ? "十" : String.valueOf(DIGITS_CN.charAt(n))) : "十" + DIGITS_CN.charAt(n - 10);
    }
}
