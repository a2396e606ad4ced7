package org.maquis.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.GraphQL;

/** Every type, field, argument, input field and enum value of the API carries a description for GraphiQL. */
@QuarkusTest
class DescriptionsTest {

    /** Types that GraphQL itself defines, and the root type whose fields are described one by one. */
    static final List<String> BUILT_IN = List.of("String", "Int", "Float", "Boolean", "ID", "Query");

    @Test
    @SuppressWarnings("unchecked")
    void everythingIsDescribed() {
        List<Map<String, Object>> types = GraphQL.run("schema/descriptions").statusCode(200)
                .extract().path("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || name.equals("Date")) {
                continue;
            }
            if (!BUILT_IN.contains(name)) {
                check(undescribed, name, type);
            }
            for (String list : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : (List<Map<String, Object>>) orEmpty(type.get(list))) {
                    String path = name + "." + member.get("name");
                    check(undescribed, path, member);
                    for (Map<String, Object> arg : (List<Map<String, Object>>) orEmpty(member.get("args"))) {
                        check(undescribed, path + "(" + arg.get("name") + ")", arg);
                    }
                }
            }
        }
        assertEquals(List.of(), undescribed, "every part of the schema needs a description");
    }

    private static void check(List<String> undescribed, String path, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(path);
        }
    }

    private static Object orEmpty(Object list) {
        return list == null ? List.of() : list;
    }
}
