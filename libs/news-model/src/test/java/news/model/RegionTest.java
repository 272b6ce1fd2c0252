package news.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void pathsListEveryLevel() {
        Region county = new Region("410922", "河南省", "濮阳市", "清丰县", "清丰");
        assertThat(county.paths()).containsExactly("河南省", "河南省/濮阳市", "河南省/濮阳市/清丰县");
        assertThat(county.display()).isEqualTo("河南省 › 濮阳市 › 清丰县");
        assertThat(new Region("110108", "北京市", null, "海淀区", "海淀").paths()).containsExactly("北京市", "北京市/海淀区");
        assertThat(new Region("41", "河南省", null, null, "河南").display()).isEqualTo("河南省");
    }

    @Test
    void regionsAndCreditsTravelInTheEventAndReachTheSearchDocument() {
        Enrichment e = new Enrichment(List.of(), List.of(), List.of(), List.of(), List.of(), "s",
                List.of(new Region("410922", "河南省", "濮阳市", "清丰县", "清丰"), new Region("4109", "河南省", "濮阳市", null, "濮阳")),
                List.of(new Entity("王金伟", Entity.EntityType.PERSON, 2, 1)), "清丰县", null);
        NormalizedArticle a = new NormalizedArticle("id1", "src", null, ContentKind.ARTICLE, "zh", "h", List.of("p"),
                null, null, null, Instant.EPOCH);
        ClassifiedArticle c = new ClassifiedArticle(a, e);
        ClassifiedArticle back = EventCodec.decode(EventCodec.encode(c), ClassifiedArticle.class);
        assertThat(back).isEqualTo(c);
        NewsDocument d = NewsDocument.of(back);
        assertThat(d.regions()).containsExactly("河南省", "河南省/濮阳市", "河南省/濮阳市/清丰县");
        assertThat(d.provinces()).containsExactly("河南省");
        assertThat(d.cities()).containsExactly("濮阳市");
        assertThat(d.counties()).containsExactly("清丰县");
        assertThat(d.credits()).containsExactly("王金伟");
        assertThat(d.headlineSimplified()).isEqualTo("清丰县");
        // an event from before regions existed decodes with empty lists
        String old = "{\"subjects\":[],\"people\":[],\"places\":[],\"organisations\":[],\"keywords\":[],\"summary\":\"x\"}";
        Enrichment legacy = EventCodec.decode(old.getBytes(java.nio.charset.StandardCharsets.UTF_8), Enrichment.class);
        assertThat(legacy.regions()).isEmpty();
        assertThat(legacy.credits()).isEmpty();
    }
}
