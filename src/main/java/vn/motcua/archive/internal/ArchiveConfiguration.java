package vn.motcua.archive.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ArchiveSettings.class)
class ArchiveConfiguration {
}
