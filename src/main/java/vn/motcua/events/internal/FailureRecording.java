package vn.motcua.events.internal;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wraps every listener Spring Modulith's registry tracks (after-commit listeners, such as
 * {@code @ApplicationModuleListener} methods) to record why a delivery failed; the registry keeps only
 * that it did. Ordered inside Modulith's own interceptor, which marks the delivery failed, and outside
 * the listener's transaction: the record is written once the listener's work has rolled back, and is
 * committed on its own.
 */
class FailureRecording extends StaticMethodMatcherPointcutAdvisor {

    /** After Spring Modulith's completion interceptor ({@code HIGHEST_PRECEDENCE + 10}), before transactions. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    private static final Logger LOG = LoggerFactory.getLogger(FailureRecording.class);

    private final Map<Method, String> listenerIds = new ConcurrentHashMap<>();
    private final ObjectProvider<DeliveryStore> store;
    private final ObjectProvider<Clock> clock;

    FailureRecording(ObjectProvider<DeliveryStore> store, ObjectProvider<Clock> clock) {
        this.store = store;
        this.clock = clock;
        setOrder(ORDER);
        setAdvice((MethodInterceptor) this::invoke);
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        TransactionalEventListener listener = AnnotatedElementUtils.findMergedAnnotation(method,
                TransactionalEventListener.class);
        return listener != null && listener.phase() == TransactionPhase.AFTER_COMMIT;
    }

    private Object invoke(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            record(invocation, failure);
            throw failure;
        }
    }

    /** A failure to record never hides the listener's own. */
    private void record(MethodInvocation invocation, Throwable failure) {
        try {
            store.getObject().recordFailure(listenerId(invocation.getMethod()), invocation.getArguments()[0],
                    failure, clock.getObject().instant());
        } catch (RuntimeException unrecorded) {
            LOG.warn("Could not record the failure of listener {}", invocation.getMethod(), unrecorded);
            failure.addSuppressed(unrecorded);
        }
    }

    /** The id Spring registers the listener under, which the registry stores with each delivery. */
    private String listenerId(Method method) {
        return listenerIds.computeIfAbsent(method, m -> new TransactionalApplicationListenerMethodAdapter(
                "events", m.getDeclaringClass(), m).getListenerId());
    }
}
