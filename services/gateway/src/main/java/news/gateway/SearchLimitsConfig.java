package news.gateway;

import news.search.QueryText;
import news.search.SearchLimits;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code news.search.*} bound onto the search library's plain record (it carries no Spring annotation). The query text
 * normalisation is warmed up here, before the server accepts requests: its traditional → simplified converter loads
 * HanLP's dictionaries on first use, seconds on a busy machine, which the first search would otherwise wait for
 * (outside the backend's time limit).
 */
@Configuration(proxyBeanMethods = false)
class SearchLimitsConfig {
    @Bean
    SearchLimits searchLimits(Environment environment) {
        QueryText.normalise("q", "鄉村振興");
        return Binder.get(environment).bind("news.search", SearchLimits.class)
                .orElseThrow(() -> new IllegalStateException("news.search.* settings are missing"));
    }
}
