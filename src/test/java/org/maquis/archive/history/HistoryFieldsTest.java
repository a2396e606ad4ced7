package org.maquis.archive.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maquis.archive.data.NodeType;

/**
 * Every column a history trigger records (V7__editing.sql) is named in the API's words by {@link FieldNames}, derived
 * from the entities: a field of the record's type in the served schema, a reference of the type its foreign key points
 * to. Left out on purpose: `id` and `version` (a change's `node` and `nodeVersion`), the columns the database derives
 * (the trigger's own arguments), and the link tables that are no nodes (a founder, an origin, a marriage), whose
 * changes are recorded but have no id a client could read them by.
 */
@QuarkusTest
class HistoryFieldsTest {

    /** The tables whose history no API reads: links that are no node types. */
    private static final Set<String> NO_NODES = Set.of("FactionFounder", "FactionOrigin", "Marriage");

    @Inject
    AgroalDataSource database;

    /** A recorded table: the node type it records changes under and the columns it records. */
    private record Recorded(String table, String type, Set<String> columns) {
    }

    @Test
    void everyRecordedColumnIsAFieldOfItsType() throws SQLException {
        try (Connection c = database.getConnection()) {
            assertEquals(List.of(), unnamed(c), "recorded columns that history would not name as the schema does");
        }
    }

    /** The check above bites: a column added to a table, with no field that serves it, is found (and rolled back). */
    @Test
    void aNewColumnWithoutAFieldIsFound() throws SQLException {
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("alter table person add column nickname text");
                s.execute("alter table ship add column hull_id bigint references place");
                assertEquals(List.of("person.nickname: no field names it", "ship.hull_id: no field names it"), unnamed(c));
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void everyNodeTypeRecordsItsChangesAndOnlyLinksThatAreNoNodesAreUnread() throws SQLException {
        try (Connection c = database.getConnection()) {
            List<Recorded> recorded = recorded(c);
            assertEquals(21, recorded.size(), "tables with a history trigger: " + recorded);
            Map<String, String> tables = new TreeMap<>();
            recorded.forEach(r -> tables.put(r.type(), r.table()));
            for (NodeType type : NodeType.all()) {
                if (type.entity() != Change.class) {
                    assertEquals(type.table(), tables.get(type.graphQlName()), type + " records its changes under its name");
                }
            }
            Set<String> unread = new TreeSet<>(tables.keySet());
            unread.removeIf(name -> NodeType.named(name).isPresent());
            assertEquals(new TreeSet<>(NO_NODES), unread);
        }
    }

    /** What is wrong with the names of the recorded columns, table by table; empty when each is a field of its type. */
    private List<String> unnamed(Connection c) throws SQLException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        List<String> wrong = new ArrayList<>();
        for (Recorded recorded : recorded(c)) {
            Optional<NodeType> type = NodeType.named(recorded.type());
            if (type.isEmpty()) {
                assertTrue(NO_NODES.contains(recorded.type()), recorded + " records a type that is no node");
                continue;
            }
            Map<String, FieldNames.Named> names = FieldNames.of(type.get());
            Map<String, String> keys = foreignKeys(c, recorded.table());
            for (String column : recorded.columns()) {
                String where = recorded.table() + "." + column;
                FieldNames.Named named = names.get(column);
                if (column.equals("id")) {
                    continue; // the change's `node`
                } else if (named == null) {
                    wrong.add(where + ": no field names it");
                } else {
                    check(schema, type.get(), named, keys.get(column)).ifPresent(fault -> wrong.add(where + ": " + fault));
                }
            }
            Set<String> stray = new TreeSet<>(names.keySet());
            stray.removeAll(recorded.columns());
            stray.forEach(column -> wrong.add(recorded.table() + "." + column + ": named, but no such column is recorded"));
        }
        return wrong;
    }

    /** What is wrong with a column's name: no such field of the type, or one of another type than the column holds. */
    private static Optional<String> check(TypeDefinitionRegistry schema, NodeType type, FieldNames.Named named, String foreignKey) {
        String[] path = named.name().split("\\.");
        Optional<String> fieldType = fieldType(schema, type.graphQlName(), path[0]);
        if (fieldType.isPresent() && path.length == 2) {
            fieldType = fieldType(schema, fieldType.get(), path[1]);
        }
        if (fieldType.isEmpty() || path.length > 2) {
            return Optional.of("`" + named.name() + "` is no field of " + type.graphQlName());
        }
        String expected = named.refers() == null ? null : named.refers().graphQlName();
        String pointsTo = foreignKey == null ? null : NodeType.forTable(foreignKey).map(NodeType::graphQlName).orElse(foreignKey);
        if (expected == null) {
            boolean object = schema.getType(fieldType.get(), ObjectTypeDefinition.class).isPresent();
            return object || pointsTo != null ? Optional.of("`" + named.name() + "` is a reference named as a plain field") : Optional.empty();
        }
        if (!expected.equals(fieldType.get()) || !expected.equals(pointsTo)) {
            return Optional.of("`" + named.name() + "` refers to " + expected + ", its field is a " + fieldType.get()
                    + ", its foreign key points to " + pointsTo);
        }
        return Optional.empty();
    }

    /** The name of the type of {@code field} of the object type {@code type}, lists and non-nulls unwrapped. */
    private static Optional<String> fieldType(TypeDefinitionRegistry schema, String type, String field) {
        return schema.getType(type, ObjectTypeDefinition.class)
                .flatMap(t -> t.getFieldDefinitions().stream().filter(f -> f.getName().equals(field)).findFirst())
                .map(FieldDefinition::getType).map(t -> ((TypeName) TypeUtil.unwrapAll(t)).getName());
    }

    /** Every table with a history trigger: the trigger's first argument is its node type, the others the columns it leaves out. */
    private static List<Recorded> recorded(Connection c) throws SQLException {
        List<Recorded> tables = new ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select c.relname, t.tgargs from pg_trigger t "
                + "join pg_class c on c.oid = t.tgrelid where not t.tgisinternal and t.tgfoid = 'record_change'::regproc order by 1")) {
            while (rs.next()) {
                List<String> arguments = Arrays.asList(new String(rs.getBytes(2), java.nio.charset.StandardCharsets.UTF_8).split("\0"));
                Set<String> columns = new TreeSet<>(columns(c, rs.getString(1)));
                columns.remove("version"); // the trigger leaves it out: a change's `nodeVersion`
                arguments.subList(1, arguments.size()).forEach(columns::remove);
                tables.add(new Recorded(rs.getString(1), arguments.get(0), columns));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var s = c.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The table's one-column foreign keys: the column and the table it points to. */
    private static Map<String, String> foreignKeys(Connection c, String table) throws SQLException {
        Map<String, String> keys = new TreeMap<>();
        try (var s = c.prepareStatement("select a.attname, f.relname from pg_constraint k join pg_class f on f.oid = k.confrelid "
                + "join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1] "
                + "where k.contype = 'f' and k.conrelid = ?::regclass and cardinality(k.conkey) = 1")) {
            s.setString(1, table);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return keys;
    }
}
