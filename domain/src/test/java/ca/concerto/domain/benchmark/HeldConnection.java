package ca.concerto.domain.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * One connection opened once and lent again at every ask, as the platform's pool lends its connections: the benchmark
 * then times the reads, not PostgreSQL's log-ins (a password log-in costs tens of milliseconds). Closing it hands it
 * back as a pool does: out of its transaction, writable.
 */
final class HeldConnection {

    private HeldConnection() {
    }

    static DataSource over(DataSource source) {
        Connection[] held = new Connection[1];
        Connection lent = (Connection) Proxy.newProxyInstance(HeldConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        if (!held[0].getAutoCommit()) {
                            held[0].rollback();
                            held[0].setAutoCommit(true);
                        }
                        held[0].setReadOnly(false);
                        return null;
                    }
                    return invoke(held[0], method, arguments);
                });
        return (DataSource) Proxy.newProxyInstance(HeldConnection.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        if (held[0] == null) {
                            held[0] = source.getConnection();
                        }
                        return lent;
                    }
                    return invoke(source, method, arguments);
                });
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
