package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QueryStringFilterTest {

    @Test
    void namesTheParameterThatIsNotUtf8() {
        assertThat(QueryStringFilter.firstInvalidParameter("q=%E4%B9%A1%E6%9D%91&size=5")).isNull();
        assertThat(QueryStringFilter.firstInvalidParameter("size=5&q=%FF")).isEqualTo("q");
        assertThat(QueryStringFilter.firstInvalidParameter("q=%E4%B9")).as("truncated sequence").isEqualTo("q");
        assertThat(QueryStringFilter.firstInvalidParameter("q=%G1")).as("not hex").isEqualTo("q");
        assertThat(QueryStringFilter.firstInvalidParameter("q=abc%")).isEqualTo("q");
        assertThat(QueryStringFilter.firstInvalidParameter("%FF=1")).isEqualTo("parameter");
        assertThat(QueryStringFilter.firstInvalidParameter("q=a+b&flag")).isNull();
        assertThat(QueryStringFilter.firstInvalidParameter(null)).isNull();
        assertThat(QueryStringFilter.decode("a+b%2B")).isEqualTo("a b+");
    }

    @Test
    void answers400WithAProblemBody() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search");
        request.setQueryString("q=%FF");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new QueryStringFilter().doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"parameter\":\"q\"", "not valid percent-encoded UTF-8");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }
}
