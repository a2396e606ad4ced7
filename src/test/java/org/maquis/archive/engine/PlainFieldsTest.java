package org.maquis.archive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQLException;
import org.junit.jupiter.api.Test;

/** A plain field's getter is called through a function made for it, whatever declares it, and answers as the getter. */
class PlainFieldsTest {

    /** A record of a package, as the archive's pages and payloads are. */
    record Named(String name, int rank) {

        public String failing() {
            throw new IllegalArgumentException("no such thing");
        }
    }

    /** A public class whose getter a class that is not public declares. */
    public static class Ship extends Hull {
    }

    static class Hull {

        public Long getRegistry() {
            return 1701L;
        }
    }

    @Test
    void aGetterOfARecordOfAPackageOrOfASuperclassIsCalledDirectly() throws NoSuchMethodException {
        PlainFields.GetterValue name = PlainFields.GetterValue.of(Named.class.getMethod("name"));
        PlainFields.GetterValue rank = PlainFields.GetterValue.of(Named.class.getMethod("rank"));
        PlainFields.GetterValue registry = PlainFields.GetterValue.of(Ship.class.getMethod("getRegistry"));
        assertTrue(name.direct() && rank.direct() && registry.direct());
        Named kira = new Named("Kira", 3);
        assertSame(kira.name(), name.get(null, kira, null));
        assertEquals(3, rank.get(null, kira, null), "a primitive, boxed");
        assertEquals(1701L, registry.get(null, new Ship(), null));
        assertNull(name.get(null, null, null), "no source, no value");
    }

    @Test
    void whatAGetterThrowsReachesGraphQLJavaAsAGraphQLException() throws NoSuchMethodException {
        PlainFields.GetterValue failing = PlainFields.GetterValue.of(Named.class.getMethod("failing"));
        GraphQLException thrown = assertThrows(GraphQLException.class, () -> failing.get(null, new Named("Kira", 3), null));
        assertEquals("no such thing", thrown.getCause().getMessage());
    }
}
