package news.service;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

/**
 * Article ids may be newsroom URIs with slashes (gateway article view, ingestor status and kill). Clients that percent-encode them ({@code %2F}) would get Tomcat's
 * HTML 400 by default; pass the encoded slash through so Spring decodes it into the {@code {*id}} path variable.
 */
@AutoConfiguration
@ConditionalOnClass(TomcatServletWebServerFactory.class)
public class EncodedSlashAutoConfiguration {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> passEncodedSlashes() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
