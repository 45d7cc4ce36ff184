package vn.motcua.document.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.document.FileSettings;
import vn.motcua.document.FileStore;

/** The folder store at {@code motcua.files.directory}; an object store would replace this bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileSettings.class)
class DocumentConfiguration {

    @Bean
    FileStore fileStore(FileSettings settings) {
        return new LocalFileStore(settings.directory());
    }
}
