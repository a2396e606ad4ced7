package org.maquis.archive.engine;

import org.maquis.archive.errors.BadUserInput;
import org.maquis.archive.errors.InternalFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** The loader core without a server: batching by dispatch, values in key order, and how failures come out. */
class LoadersTest {

    private final DataLoaderRegistry registry = new DataLoaderRegistry();
    private final List<List<Long>> batches = new ArrayList<>();

    private final Function<List<Long>, Uni<List<String>>> names = keys -> {
        batches.add(keys);
        return Uni.createFrom().item(keys.stream().map(k -> "#" + k).toList());
    };

    @Test
    void keysQueuedBeforeADispatchMakeOneBatchInOrderWithoutRepeats() throws Exception {
        long before = Loaders.created();
        var a = Loaders.load(registry, "names", 3L, names);
        var b = Loaders.load(registry, "names", 1L, names);
        var c = Loaders.load(registry, "names", 3L, names);
        assertEquals(List.of(), batches, "nothing loads before graphql-java dispatches");
        registry.dispatchAll();
        assertEquals(List.of(List.of(3L, 1L)), batches);
        assertEquals("#3", a.get());
        assertEquals("#1", b.get());
        assertEquals("#3", c.get());
        assertEquals(before + 1, Loaders.created(), "one loader, created on first use");
    }

    @Test
    void anArchiveErrorReachesTheResolverAsItIs() {
        BadUserInput bad = new BadUserInput("no");
        var value = Loaders.load(registry, "bad", 1L, keys -> Uni.createFrom().<List<String>>failure(bad));
        registry.dispatchAll();
        assertSame(bad, failure(value));
    }

    @Test
    void anArchiveErrorThrownBeforeTheUniReachesTheResolverAsItIs() {
        BadUserInput bad = new BadUserInput("no");
        var value = Loaders.<Long, String>load(registry, "throws", 1L, keys -> {
            throw bad;
        });
        registry.dispatchAll();
        assertSame(bad, failure(value));
    }

    @Test
    void anyOtherFailureIsInternal() {
        var value = Loaders.load(registry, "sql", 1L,
                keys -> Uni.createFrom().<List<String>>failure(new IllegalStateException("relation \"place\" does not exist")));
        registry.dispatchAll();
        Throwable failure = failure(value);
        assertInstanceOf(InternalFailure.class, failure);
        assertTrue(failure.getMessage().contains("incident"));
    }

    @Test
    void aBatchThatAnswersTheWrongNumberOfValuesIsInternal() {
        var value = Loaders.load(registry, "short", 1L, keys -> Uni.createFrom().item(List.<String>of()));
        registry.dispatchAll();
        assertInstanceOf(InternalFailure.class, failure(value));
    }

    @Test
    void namesCarryWhatTheBatchFunctionCaptures() {
        assertEquals("Faction.members(10,null,true)", Loaders.name("Faction.members", 10, null, true));
    }

    private static Throwable failure(CompletableFuture<?> value) {
        try {
            value.get();
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
