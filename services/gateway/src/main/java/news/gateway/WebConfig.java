package news.gateway;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Rate limit and CORS apply to the API only (not to the search page, the spec or actuator). */
@Configuration
class WebConfig implements WebMvcConfigurer {
    private final ClientRateLimiter rateLimiter;
    private final GatewayProperties properties;

    WebConfig(ClientRateLimiter rateLimiter, GatewayProperties properties) {
        this.rateLimiter = rateLimiter;
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimiter).addPathPatterns("/api/**");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.corsAllowedOrigins() != null && !properties.corsAllowedOrigins().isEmpty()) {
            registry.addMapping("/api/**").allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                    .allowedMethods("GET").maxAge(3600);
        }
    }
}
