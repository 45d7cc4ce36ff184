package vn.motcua.reading.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadingSettings.class)
class ReadingConfiguration {

    @Bean
    TesseractCli tesseract(ReadingSettings settings) {
        return new TesseractCli(settings.tesseract(), settings.languages(), settings.pageTimeout());
    }
}
