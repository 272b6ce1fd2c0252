package news.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashBandsTest {

    @Test
    void fourBandsLowestFirst() {
        assertThat(SimHashBands.of("0123456789abcdef")).containsExactly("0:cdef", "1:89ab", "2:4567", "3:0123");
        assertThat(SimHashBands.of("ffffffffffffffff")).containsExactly("0:ffff", "1:ffff", "2:ffff", "3:ffff");
        assertThat(SimHashBands.of(null)).isEmpty();
        assertThat(SimHashBands.of("xyz")).isEmpty();
        assertThat(SimHashBands.of("zzzzzzzzzzzzzzzz")).isEmpty();
    }

    @Test
    void fingerprintsThreeBitsApartShareABand() {
        long a = 0x0123456789abcdefL;
        long b = a ^ (1L << 3) ^ (1L << 20) ^ (1L << 40); // one flip in each of three bands
        List<String> shared = new java.util.ArrayList<>(SimHashBands.of(String.format("%016x", a)));
        shared.retainAll(SimHashBands.of(String.format("%016x", b)));
        assertThat(shared).containsExactly("3:0123");
    }

    @Test
    void theDocumentCarriesItsBandsWhenWrittenButDoesNotNeedThemToBeRead() {
        NormalizedArticle article = new NormalizedArticle("id-1", "pyrb", null, ContentKind.ARTICLE, "zh-Hans", "标题",
                List.of("第一段。"), null, null, null, Instant.parse("2026-11-22T01:02:03Z"));
        article = article.withMeta(new ArticleMetadata(null, List.of(), List.of(), null, null, List.of(), null, null,
                null, "0123456789abcdef", null));
        NewsDocument doc = NewsDocument.of(new ClassifiedArticle(article, new Enrichment(List.of(), List.of(), List.of(),
                List.of(), List.of(), "")));
        String json = EventCodec.encodeToString(doc);
        assertThat(json).contains("\"simhashBands\":[\"0:cdef\",\"1:89ab\",\"2:4567\",\"3:0123\"]");
        assertThat(EventCodec.decode(json.getBytes(), NewsDocument.class).simhash()).isEqualTo("0123456789abcdef");
    }
}
