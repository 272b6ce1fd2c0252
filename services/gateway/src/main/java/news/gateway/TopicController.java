package news.gateway;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import news.enrich.MediaTopics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The IPTC Media Topics vocabulary the classifier assigns from, for labelling topic codes (facets, subjects). */
@RestController
@RequestMapping("/api/v1")
class TopicController {

    /** One concept: code, level (1-6), broader code (null at level 1), English and Chinese labels. */
    record TopicLabel(String code, int level, String broader, String name, String nameZh) {}

    private static final List<TopicLabel> LABELS = MediaTopics.standard().topics().stream()
            .map(t -> new TopicLabel(t.code(), t.level(), t.broader(), t.name(), t.nameZh()))
            .toList();

    @Operation(summary = "Every IPTC Media Topic (all levels) with English and Chinese labels",
            description = "IPTC Media Topics, CC BY 4.0, © IPTC (International Press Telecommunications Council), "
                    + "https://iptc.org/standards/media-topics/ . 56 Chinese labels are the project's own translations.")
    @GetMapping("/topics")
    List<TopicLabel> topics() {
        return LABELS;
    }
}
