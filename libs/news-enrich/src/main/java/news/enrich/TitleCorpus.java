package news.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundled THUCNews headline set ({@code datasets/thucnews-titles/titles.tsv}, {@code label<TAB>title}), with its
 * ten labels mapped to IPTC Media Topics by {@link TopicLabels#standard()} (level 1 as the dataset README suggests;
 * realty, stocks and game also to a narrower concept).
 */
public final class TitleCorpus {

    static final String RESOURCE = "datasets/thucnews-titles/titles.tsv";

    /** The code of a THUCNews label, or null. */
    static String code(String label) {
        return TopicLabels.standard().code(label);
    }

    private TitleCorpus() {}

    /** The training part and the held-out lines (as {@code label<TAB>title}, original labels) of a split. */
    public record Split(List<LabelledText> train, List<String> heldOutLines) {}

    /**
     * The fixed split used for every reported figure: line i (1-based, counting valid lines) is held out when
     * {@code i % every == 0}; {@code every <= 0} holds nothing out.
     */
    public static Split split(int every) {
        List<LabelledText> train = new ArrayList<>();
        List<String> held = new ArrayList<>();
        int i = 0;
        for (String line : Resources.lines(RESOURCE)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String code = code(line.substring(0, tab).strip());
            String title = line.substring(tab + 1).strip();
            if (code == null || title.isEmpty()) {
                continue;
            }
            i++;
            if (every > 0 && i % every == 0) {
                held.add(line.substring(0, tab).strip() + "\t" + title);
            } else {
                train.add(new LabelledText(code, title));
            }
        }
        return new Split(List.copyOf(train), List.copyOf(held));
    }

    /** All 10,000 headlines in file order, labelled with IPTC codes. Lines with an unknown label are skipped. */
    public static List<LabelledText> load() {
        List<String> lines = Resources.lines(RESOURCE);
        List<LabelledText> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String code = code(line.substring(0, tab).strip());
            String title = line.substring(tab + 1).strip();
            if (code != null && !title.isEmpty()) {
                out.add(new LabelledText(code, title));
            }
        }
        return List.copyOf(out);
    }
}
