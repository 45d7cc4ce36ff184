package vn.motcua.events.internal;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retries' schedule and settings, and the recording of failures around every tracked listener. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RedeliverySettings.class)
class EventsConfiguration {

    /**
     * An infrastructure advisor, as Spring Modulith's own is, so that the proxies of listeners get it; its
     * collaborators are looked up on first failure, not while post-processors are being made.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static FailureRecording failureRecording(ObjectProvider<DeliveryStore> store, ObjectProvider<Clock> clock) {
        return new FailureRecording(store, clock);
    }
}
