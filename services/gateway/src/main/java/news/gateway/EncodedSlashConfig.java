package news.gateway;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Article ids may be newsroom URIs with slashes. Clients that percent-encode them ({@code %2F}) would get Tomcat's
 * HTML 400 by default; pass the encoded slash through so Spring decodes it into the {@code {*id}} path variable.
 */
@Configuration
class EncodedSlashConfig {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> passEncodedSlashes() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
