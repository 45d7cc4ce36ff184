package vn.motcua.document.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.motcua.document.FileSettings;
import vn.motcua.document.FileStore;

/**
 * The folder store at {@code motcua.files.directory}; an object store would replace this bean.
 * Scheduling is on for the sweep of abandoned uploads.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(FileSettings.class)
class DocumentConfiguration {

    @Bean
    FileStore fileStore(FileSettings settings) {
        return new LocalFileStore(settings.directory());
    }
}
