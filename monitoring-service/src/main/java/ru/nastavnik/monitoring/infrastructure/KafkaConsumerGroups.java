package ru.nastavnik.monitoring.infrastructure;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.application.ConsumerGroups;

/**
 * Listener containers through Spring's registry, offsets through the Kafka Admin client. A listener's id is its group
 * id (Spring's default), so stopping the container empties the group and its offsets may be moved.
 */
@Component
class KafkaConsumerGroups implements ConsumerGroups {

    private static final long TIMEOUT_SECONDS = 30;
    /** A group that still lists the stopped member refuses new offsets for a moment; try again a few times. */
    private static final int ATTEMPTS = 20;

    private final KafkaListenerEndpointRegistry registry;
    private final KafkaAdmin kafkaAdmin;

    KafkaConsumerGroups(KafkaListenerEndpointRegistry registry, KafkaAdmin kafkaAdmin) {
        this.registry = registry;
        this.kafkaAdmin = kafkaAdmin;
    }

    @Override
    public void stop(Set<String> listenerIds) {
        containers(listenerIds).forEach(MessageListenerContainer::stop);
    }

    @Override
    public void start(Set<String> listenerIds) {
        containers(listenerIds).forEach(MessageListenerContainer::start);
    }

    @Override
    public void rewind(Set<String> listenerIds) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            for (MessageListenerContainer container : containers(listenerIds)) {
                Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
                offsets(admin, topics(container), OffsetSpec.earliest())
                        .forEach((partition, info) -> beginning.put(partition, new OffsetAndMetadata(info.offset())));
                if (beginning.isEmpty()) {
                    continue;
                }
                alter(admin, container.getGroupId(), beginning);
            }
        }
    }

    @Override
    public long lag(Set<String> listenerIds) {
        long lag = 0;
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            for (MessageListenerContainer container : containers(listenerIds)) {
                Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(admin, topics(container), OffsetSpec.latest());
                Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(container.getGroupId())
                        .partitionsToOffsetAndMetadata());
                for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
                }
            }
        }
        return lag;
    }

    private void alter(Admin admin, String group, Map<TopicPartition, OffsetAndMetadata> offsets) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                get(admin.alterConsumerGroupOffsets(group, offsets).all());
                return;
            } catch (RuntimeException e) {
                last = e;
                sleep(Duration.ofMillis(500));
            }
        }
        throw last;
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, Collection<String> topics,
            OffsetSpec spec) {
        Map<String, TopicDescription> described = get(admin.describeTopics(existing(admin, topics)).allTopicNames());
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        described.values().forEach(topic -> topic.partitions()
                .forEach(p -> request.put(new TopicPartition(topic.name(), p.partition()), spec)));
        return request.isEmpty() ? Map.of() : get(admin.listOffsets(request).all());
    }

    /** A topic nobody has published to yet (publication-events before publication-service publishes) has no offsets. */
    private static Collection<String> existing(Admin admin, Collection<String> topics) {
        Set<String> names = get(admin.listTopics().names());
        return topics.stream().filter(names::contains).toList();
    }

    private static List<String> topics(MessageListenerContainer container) {
        String[] topics = container.getContainerProperties().getTopics();
        return topics == null ? List.of() : List.of(topics);
    }

    private List<MessageListenerContainer> containers(Set<String> listenerIds) {
        return listenerIds.stream().map(registry::getListenerContainer).filter(Objects::nonNull).toList();
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted talking to Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin call failed: " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
