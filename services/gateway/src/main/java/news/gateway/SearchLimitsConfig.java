package news.gateway;

import news.search.SearchLimits;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** {@code news.search.*} bound onto the search library's plain record (it carries no Spring annotation). */
@Configuration(proxyBeanMethods = false)
class SearchLimitsConfig {
    @Bean
    SearchLimits searchLimits(Environment environment) {
        return Binder.get(environment).bind("news.search", SearchLimits.class)
                .orElseThrow(() -> new IllegalStateException("news.search.* settings are missing"));
    }
}
