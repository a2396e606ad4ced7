package org.maquis.archive.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maquis.archive.support.Archivist;

/** The feed's reads: the changes after a sequence, in commit order, with their records as they are now. */
@QuarkusTest
class ChangeReadsTest {

    @Inject
    ChangeReads reads;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void forgetEdits() throws SQLException {
        Archivist.forgetEdits(database);
    }

    @Test
    void theChangesAfterASequenceComeInCommitOrderWithTheirRecords() throws Throwable {
        long before = VertxContextSupport.subscribeAndAwait(reads::last);
        assertEquals(true, before >= 0);
        String sela = SubscriptionTest.created("Sela");
        String tomalak = SubscriptionTest.created("Tomalak");
        List<ArchiveChange> changes = VertxContextSupport.subscribeAndAwait(() -> reads.after(before));
        assertEquals(List.of(sela, tomalak), changes.stream().map(c -> c.record.getId()).toList());
        long first = changes.get(0).seq;
        long second = changes.get(1).seq;
        assertEquals(true, before < first && first < second, before + " < " + first + " < " + second);
        assertEquals(second, VertxContextSupport.subscribeAndAwait(reads::last));
    }
}
