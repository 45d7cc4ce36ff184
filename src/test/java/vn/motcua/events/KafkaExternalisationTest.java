package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * A dossier's status change, published as the application publishes it (in a transaction), reaches a real
 * Kafka broker (embedded KRaft, started by the test) on its topic, keyed by the dossier's code, as JSON, when
 * externalisation is on as README "Events to Kafka" says.
 *
 * <p>Why a context of its own, small: the broker's address is known only once it runs, and the application's
 * shared test context keeps externalisation off, as a province does by default. This one holds only what the
 * externalisation runs on ({@link KafkaSlice}): its own throw-away PostgreSQL for the event publication
 * registry, the registry, the externaliser and Kafka's client.
 */
@SpringBootTest(classes = KafkaExternalisationTest.Slice.class, properties = {
        "spring.modulith.events.externalization.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.modulith.events.jdbc.schema-initialization.enabled=true"})
@EmbeddedKafka(partitions = 3, topics = DossierStatusChanged.TOPIC)
class KafkaExternalisationTest {

    /**
     * A plain configuration, not a {@code @SpringBootConfiguration}: the application's tests in this package
     * must keep finding the application. Its auto-configuration package is the application's, so that the
     * externalisation finds the application's {@code @Externalized} events.
     */
    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackages = "vn.motcua")
    @KafkaSlice
    static class Slice {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres postgres() throws IOException {
            return EmbeddedPostgres.builder().setDataDirectory(Path.of("target/kafka-test-postgres"))
                    .setCleanDataDirectory(true).setRegisterShutdownHook(false).start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired EmbeddedKafkaBroker broker;

    @Test
    void aStatusChangeReachesItsTopicKeyedByTheDossierCode() {
        String code = "000.00.02.H18-310401-0007";
        LocalDateTime received = LocalDateTime.of(2031, 4, 1, 9, 0);
        DossierStatusChanged change = new DossierStatusChanged(code, "1.013859", 42, Channel.COUNTER, "011090001234",
                ApplicantType.CITIZEN, "000.00.01.H18", "000.00.02.H18", DossierAction.RECEIVE_AT_COUNTER, null,
                DossierStatus.RECEIVED, "tiepnhan", "000.00.01.H18", Instant.parse("2031-04-01T02:00:00Z"), 1,
                new DossierStatusChanged.Moments(received, received, received.plusDays(7), null, null, 0, 0),
                new DossierStatusChanged.Digitisation(true, true, false, false));

        transactions.executeWithoutResult(tx -> events.publishEvent(change));

        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "kafka-externalisation-test", true),
                new StringDeserializer(), new StringDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, DossierStatusChanged.TOPIC);
            ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer,
                    DossierStatusChanged.TOPIC, Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(code);
            JsonNode json = JsonMapper.builder().build().readTree(record.value());
            assertThat(json.get("code").asString()).isEqualTo(code);
            assertThat(json.get("to").asString()).isEqualTo("RECEIVED");
            assertThat(json.get("trackingSeq").asInt()).isEqualTo(1);
            assertThat(json.get("competentUnit").asString()).isEqualTo("000.00.02.H18");
        }
    }
}
