package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.history.Change;

/** `NodeType`, the enum of `archiveChanged(types:)`, names every node type whose records change, and nothing else. */
@QuarkusTest
class RecordTypeTest {

    @Test
    void theEnumNamesEveryNodeTypeThatHasAHistory() {
        assertEquals(new TreeSet<>(NodeType.all().stream().filter(t -> t.entity() != Change.class).map(NodeType::graphQlName).toList()),
                new TreeSet<>(Arrays.stream(RecordType.values()).map(RecordType::graphQlName).toList()));
    }
}
