package vn.motcua.index.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the SQL statements some work runs on the test's thread, whatever runs them (JdbcClient,
 * JdbcTemplate, another module's repository). A connection that writes down what it executes is
 * bound to the thread before a transaction starts there, so the transaction and everything joining
 * it use it; a batch counts one statement per row, as PostgreSQL executes them. The transaction is
 * rolled back: a measurement leaves the shared database as it found it, and other threads (the
 * listeners of other tests) never reach this connection.
 */
final class SqlStatements {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;

    SqlStatements(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Runs {@code setup}, then {@code measured}, in one transaction that is then rolled back; returns the
     * statements {@code measured} ran, in order.
     */
    List<String> of(Runnable setup, Runnable measured) {
        List<String> statements = new ArrayList<>();
        boolean[] recording = {false};
        try (Connection connection = dataSource.getConnection()) {
            Connection recorder = recorder(connection, sql -> {
                if (recording[0]) {
                    statements.add(sql);
                }
            });
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(recorder));
            try {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    setup.run();
                    recording[0] = true;
                    measured.run();
                    recording[0] = false;
                    status.setRollbackOnly();
                });
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return statements;
    }

    private static Connection recorder(Connection connection, Consumer<String> executed) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                String sql = (String) args[0];
                Class<? extends Statement> type = result instanceof CallableStatement ? CallableStatement.class
                        : PreparedStatement.class;
                return statementRecorder(type, statement, sql, executed);
            }
            if (result instanceof Statement statement) {
                return statementRecorder(Statement.class, statement, null, executed);
            }
            return result;
        });
    }

    private static <S extends Statement> Object statementRecorder(Class<S> type, Statement statement, String prepared,
            Consumer<String> executed) {
        return proxy(type, type.cast(statement), (method, args, result) -> {
            if (EXECUTIONS.contains(method.getName())) {
                executed.accept(args == null || args.length == 0 ? prepared : (String) args[0]);
            }
            return result;
        });
    }

    /** What to return instead of the target's result, once the target has run the method. */
    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
