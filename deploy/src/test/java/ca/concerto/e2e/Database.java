package ca.concerto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The platform's database as its owner sees it: what tests compare before and after, beyond the API. */
final class Database {

    private Database() {
    }

    /** Each table of a body's schema: its number of rows and a hash of them, in a stable order. */
    static Map<String, String> contents(String schema) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                        + schema + "." + table + " t")) {
                    rows.next();
                    tables.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(tables).as("tables of " + schema).hasSizeGreaterThan(10);
        return tables;
    }

    static void execute(String... sql) {
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            for (String command : sql) {
                statement.execute(command);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first row of a query, its columns as numbers; empty when there is none. */
    static List<Long> firstRow(String sql) {
        try (Connection connection = owner(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<Long> row = new ArrayList<>();
            if (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    row.add(rows.getLong(column));
                }
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(Platform.DB_URL, Platform.DB_OWNER, Platform.DB_OWNER_PASSWORD);
    }
}
