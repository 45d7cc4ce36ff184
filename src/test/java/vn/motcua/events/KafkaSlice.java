package vn.motcua.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * The auto-configurations listed in {@code META-INF/spring/vn.motcua.events.KafkaSlice.imports}: what the
 * application's Kafka externalisation runs on, without the rest of the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration
@interface KafkaSlice {
}
