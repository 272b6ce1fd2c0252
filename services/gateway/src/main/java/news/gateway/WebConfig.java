package news.gateway;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rate limit, per-client concurrency limit and CORS apply to the API only (not to the search page, the spec or
 * actuator). The rate limit comes first: a request over the budget never takes a concurrency permit.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {
    private final ClientRateLimiter rateLimiter;
    private final ClientBulkhead bulkhead;
    private final GatewayProperties properties;

    WebConfig(ClientRateLimiter rateLimiter, ClientBulkhead bulkhead, GatewayProperties properties) {
        this.rateLimiter = rateLimiter;
        this.bulkhead = bulkhead;
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimiter).addPathPatterns("/api/**");
        registry.addInterceptor(bulkhead).addPathPatterns("/api/**");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.corsAllowedOrigins() != null && !properties.corsAllowedOrigins().isEmpty()) {
            registry.addMapping("/api/**").allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                    .allowedMethods("GET").maxAge(3600);
        }
    }
}
