package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import vn.motcua.MotcuaIntegrationTest;

/** Out of the box, no event leaves the application for Kafka: there is no externaliser at all. */
@MotcuaIntegrationTest
class KafkaOffByDefaultTest {

    @Autowired ApplicationContext context;

    @Test
    void noEventIsExternalisedUnlessAProvinceTurnsItOn() {
        assertThat(context.getBeansOfType(DelegatingEventExternalizer.class)).isEmpty();
    }
}
