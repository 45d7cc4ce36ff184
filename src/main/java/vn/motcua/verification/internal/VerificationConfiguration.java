package vn.motcua.verification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.motcua.verification.VerificationLimits;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationLimits.class)
class VerificationConfiguration {
}
