package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what module listeners do after a commit (they run asynchronously, through the persisted
 * event registry): polls the condition, and fails the test if it has not come true within 10 s.
 */
public final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private Await() {
    }

    public static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for the listeners", LIMIT).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
