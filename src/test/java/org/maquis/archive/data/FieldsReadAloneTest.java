package org.maquis.archive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/**
 * A page reads of its rows only the columns its selection needs ({@link EntityRows#columnsFor}: the key, each selected
 * field's column, a reference column when the field that serves it is selected). So that no resolver finds a column
 * it reads left out: every field of every type, selected alone on the rows of every root list and of every relation
 * below one (the list's own statement, {@link ChildPages}), answers as it does for the same rows read with every field
 * of their type selected together, through {@code nodes(ids:)} (which reads its rows as its selection asks, too).
 */
@QuarkusTest
class FieldsReadAloneTest {

    private static final String TYPES = "{ __schema { types { name kind fields { name args { name type { kind } }"
            + " type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";

    @Test
    void everyFieldOfEveryTypeSelectedAloneAnswersAsFromTheWholeRow() {
        Map<String, List<String>> fieldsByType = selectableFields();
        Map<String, List<String>> reaches = reaches();
        int compared = 0;
        int set = 0;
        for (Map.Entry<String, List<String>> type : reaches.entrySet()) {
            List<String> fields = fieldsByType.get(type.getKey());
            assertTrue(fields != null && fields.size() > 2, type.getKey() + " has fields: " + fields);
            Map<String, Map<String, Object>> together = null;
            for (int i = 0; i < fields.size(); i++) {
                Map<String, Object> alone = readAlone(type.getValue(), "value: " + fields.get(i));
                assertTrue(alone.size() > 0, type.getKey() + " has rows on its lists");
                if (together == null) {
                    together = readTogether(type.getKey(), alone.keySet().stream().toList(), fields);
                }
                for (Map.Entry<String, Object> row : alone.entrySet()) {
                    assertEquals(together.get(row.getKey()).get("f" + i), row.getValue(),
                            type.getKey() + "." + fields.get(i) + " read alone on a page, row " + row.getKey());
                    compared++;
                    set += row.getValue() == null ? 0 : 1;
                }
            }
        }
        assertTrue(reaches.size() >= 15, "types reached: " + reaches.keySet());
        assertTrue(compared > 2000 && set > compared / 2, "values compared: " + compared + ", set: " + set);
    }

    /**
     * The lists that reach each type's rows, each an operation's root field with a hole ({@code %s}) where a row's
     * selection goes: its root list, each relation served below a root list, and each field of a root list's rows
     * that answers rows of a listed type without a connection (a to-one such as {@code faction}, a one-to-one read
     * from the other side such as {@code renamedFrom}, a short list such as {@code leads} or {@code opposes}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> reaches() {
        Map<String, List<String>> reaches = new TreeMap<>();
        ChildPagesTest.ROOTS.forEach((type, root) -> reaches.computeIfAbsent(type, t -> new ArrayList<>())
                .add(root + "(first: 100) { nodes { id %s } }"));
        Map<String, Object> schema = answer(TYPES);
        for (Map<String, Object> type : (List<Map<String, Object>>) ((Map<String, Object>) schema.get("__schema")).get("types")) {
            String root = ChildPagesTest.ROOTS.get((String) type.get("name"));
            if (root == null) {
                continue;
            }
            for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
                Map<String, Object> named = namedType(field);
                if (ChildPagesTest.ROOTS.containsKey((String) named.get("name")) && ((List<?>) field.get("args")).isEmpty()) {
                    reaches.get((String) named.get("name")).add(root + "(first: 100) { nodes { " + field.get("name") + " { id %s } } }");
                }
            }
        }
        assertTrue(reaches.values().stream().flatMap(List::stream).filter(list -> list.contains("leads {")
                || list.contains("opposes {") || list.contains("opposedBy {") || list.contains("renamedFrom {")).count() == 4,
                "the lists that are not connections are reached: " + reaches);
        for (String served : ServedConnections.servingFields()) {
            String[] typeAndField = served.split("\\.");
            String child = NodeType.of(ServedConnections.servedBy(typeAndField[0], typeAndField[1]).entity()).graphQlName();
            reaches.computeIfAbsent(child, t -> new ArrayList<>()).add(ChildPagesTest.ROOTS.get(typeAndField[0])
                    + "(first: 20) { nodes { " + typeAndField[1] + "(first: 10) { nodes { id %s } } } }");
        }
        return reaches;
    }

    /** Each row's answer of {@code field} read alone on every list of {@code lists}, by the row's id. */
    private static Map<String, Object> readAlone(List<String> lists, String field) {
        Map<String, Object> byId = new HashMap<>();
        for (String list : lists) {
            rows(answer("{ " + list.formatted(field) + " }")).forEach(row -> byId.put((String) row.get("id"), row.get("value")));
        }
        return byId;
    }

    /** The same rows with every field of their type selected together ({@code f0}, {@code f1}, ...), by id. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> readTogether(String type, List<String> ids, List<String> fields) {
        StringBuilder selection = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            selection.append(" f").append(i).append(": ").append(fields.get(i));
        }
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 50) {
            String list = String.join("\", \"", ids.subList(from, Math.min(ids.size(), from + 50)));
            Map<String, Object> data = answer("{ nodes(ids: [\"" + list + "\"]) { id ... on " + type + " {" + selection + " } } }");
            ((List<Map<String, Object>>) data.get("nodes")).forEach(node -> byId.put((String) node.get("id"), node));
        }
        return byId;
    }

    /**
     * Fragments on different types may put different fields under one alias: each type's rows read the column of
     * the field its fragment names (a read by the first name only left a faction's description out).
     */
    @Test
    @SuppressWarnings("unchecked")
    void oneAliasForDifferentFieldsOnDifferentTypesReadsEach() {
        Map<String, Object> lists = answer("{ people(first: 1) { nodes { id name } } factions(first: 1) { nodes { id description } } }");
        Map<String, Object> person = ((List<Map<String, Object>>) ((Map<String, Object>) lists.get("people")).get("nodes")).get(0);
        Map<String, Object> faction = ((List<Map<String, Object>>) ((Map<String, Object>) lists.get("factions")).get("nodes")).get(0);
        Map<String, Object> data = answer("{ nodes(ids: [\"" + person.get("id") + "\", \"" + faction.get("id") + "\"]) {"
                + " ... on Person { label: name } ... on Faction { label: description } } }");
        assertEquals(List.of(Map.of("label", person.get("name")), Map.of("label", faction.get("description"))), data.get("nodes"));
    }

    /** The rows of a list's answer (a row's field answered as {@code value}), found however deep they are. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object answer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (answer instanceof List<?> list) {
            list.forEach(item -> rows.addAll(rows(item)));
        } else if (answer instanceof Map<?, ?> map && map.containsKey("value")) {
            rows.add((Map<String, Object>) map);
        } else if (answer instanceof Map<?, ?> map) {
            map.values().forEach(value -> rows.addAll(rows(value)));
        }
        return rows;
    }

    private static Map<String, Object> answer(String query) {
        var answer = GraphQL.post(Map.of("query", query)).statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), query);
        return answer.get("data");
    }

    /**
     * Each object type's fields as a row selects them: a scalar as it is, a
     * connection by its count, any other object by its type's name (null where its resolver finds no row).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> selectableFields() {
        Map<String, Object> schema = answer(TYPES);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Map<String, Object> type : (List<Map<String, Object>>) ((Map<String, Object>) schema.get("__schema")).get("types")) {
            if (!"OBJECT".equals(type.get("kind")) || ((String) type.get("name")).startsWith("__")) {
                continue;
            }
            List<String> selections = new ArrayList<>();
            for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
                boolean required = ((List<Map<String, Object>>) field.get("args")).stream()
                        .anyMatch(arg -> "NON_NULL".equals(((Map<String, Object>) arg.get("type")).get("kind")));
                if (required) {
                    continue;
                }
                Map<String, Object> named = namedType(field);
                String name = (String) field.get("name");
                String kind = (String) named.get("kind");
                selections.add(name + (kind.equals("SCALAR") || kind.equals("ENUM") ? ""
                        : ((String) named.get("name")).endsWith("Connection") ? "(first: 1) { totalCount }" : " { __typename }"));
            }
            fields.put((String) type.get("name"), selections);
        }
        return fields;
    }

    /** The named type a field answers, through its list and non-null wrappers. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> namedType(Map<String, Object> field) {
        Map<String, Object> named = (Map<String, Object>) field.get("type");
        while (named.get("name") == null) {
            named = (Map<String, Object>) named.get("ofType");
        }
        return named;
    }
}
