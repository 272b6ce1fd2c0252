package news.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void classifiedEventRoundTripsAndBecomesADocument() {
        NormalizedArticle article = new NormalizedArticle("id-1", "pyrb", null, ContentKind.PAGE, "zh-Hans", "标题",
                List.of("第一段。", "第二段。"), "本报记者 甲", "濮阳", null, Instant.parse("2026-11-22T01:02:03Z"));
        Enrichment enrichment = new Enrichment(
                List.of(new Subject("medtop:11000000", "politics", "政治", "classifies", 80)),
                List.of(new Entity("习近平", Entity.EntityType.PERSON, 3, 2)),
                List.of(new Entity("濮阳", Entity.EntityType.PLACE, 0, 1), new Entity("濮阳", Entity.EntityType.PLACE, 9, 1)),
                List.of(), List.of("乡村振兴"), "第一段。");
        ClassifiedArticle event = new ClassifiedArticle(article, enrichment);

        byte[] json = EventCodec.encode(event);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"receivedAt\":\"2026-11-22T01:02:03Z\"");
        assertThat(EventCodec.decode(json, ClassifiedArticle.class)).isEqualTo(event);

        NewsDocument doc = NewsDocument.of(event);
        assertThat(doc.body()).isEqualTo("第一段。\n\n第二段。");
        assertThat(doc.published()).isEqualTo(article.receivedAt());
        assertThat(doc.topics()).containsExactly("medtop:11000000");
        assertThat(doc.places()).containsExactly("濮阳");
        assertThat(doc.kind()).isEqualTo("page");
        assertThat(enrichment.subjects().get(0).uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/11000000");
    }

    @Test
    void ignoresUnknownFieldsFromNewerProducers() {
        byte[] json = "{\"id\":\"x\",\"source\":\"s\",\"kind\":\"ARTICLE\",\"paragraphs\":[\"a\"],\"futureField\":1}".getBytes();
        assertThat(EventCodec.decode(json, NormalizedArticle.class).paragraphs()).containsExactly("a");
    }

    @Test
    void anEmptyObjectIsRefusedNamingEveryMissingField() {
        assertThatThrownBy(() -> EventCodec.decode("{}".getBytes(), RawArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("RawArticle event without required fields id, source, kind, body");
        assertThatThrownBy(() -> EventCodec.decode("{\"id\":\"x\",\"source\":\" \",\"kind\":\"ARTICLE\"}".getBytes(),
                NormalizedArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("NormalizedArticle event without required field source");
        assertThatThrownBy(() -> EventCodec.decode("{\"article\":{\"id\":\"x\"}}".getBytes(), ClassifiedArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("ClassifiedArticle event without required fields enrichment, article.source, article.kind");
    }

    @Test
    void notJsonAndJsonNullAreRefusedWithTheEventType() {
        assertThatThrownBy(() -> EventCodec.decode("this is not an article".getBytes(), RawArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not a valid RawArticle event (JSON expected): ");
        assertThatThrownBy(() -> EventCodec.decode("null".getBytes(), RawArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("not a valid RawArticle event: the record is JSON null");
    }

    @Test
    void jsonOfTheWrongShapeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> EventCodec.decode("{\"id\":\"w\",\"paragraphs\":{\"not\":\"a list\"}}".getBytes(),
                NormalizedArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not a valid NormalizedArticle event (field paragraphs): ");
        assertThatThrownBy(() -> EventCodec.decode("{\"id\":\"w\",\"paragraphs\":[\"a\",{\"x\":1}]}".getBytes(),
                NormalizedArticle.class))
                .hasMessageStartingWith("not a valid NormalizedArticle event (field paragraphs[1]): ");
        assertThatThrownBy(() -> EventCodec.decode("{\"id\":\"w\",\"kind\":\"POEM\"}".getBytes(), NormalizedArticle.class))
                .hasMessageStartingWith("not a valid NormalizedArticle event (field kind): ");
    }

    @Test
    void aHeadlineOnlyArticleWithAnEmptyBodyIsValid() {
        byte[] json = "{\"id\":\"x\",\"source\":\"s\",\"kind\":\"ARTICLE\",\"headline\":\"h\",\"body\":\"\"}".getBytes();
        assertThat(EventCodec.decode(json, RawArticle.class).headline()).isEqualTo("h");
    }
}
