package org.maquis.archive.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one request may ask for, checked by {@link RequestCheck} before anything runs (`maquis.limit.*`, README's
 * configuration table). The defaults let every operation of the tests, the README and GraphiQL's introspection
 * through with room to spare.
 */
@ConfigMapping(prefix = "maquis.limit")
public interface RequestLimits {

    /** Bytes of a POST body. */
    @WithDefault("100000")
    int bodyBytes();

    /** Characters of the query document. */
    @WithDefault("20000")
    int documentCharacters();

    /** Lexical tokens of the query document (names, punctuation, values; not whitespace, commas or comments). */
    @WithDefault("2000")
    int tokens();

    /** Fields nested in one another, the root fields being depth 1. */
    @WithDefault("15")
    int depth();

    /** Aliased fields in the document. */
    @WithDefault("30")
    int aliases();

    /** Fields at the root of the operation. */
    @WithDefault("20")
    int rootFields();

    /**
     * The operation's cost, see {@link OperationMeasure}: the worst case of the tests' largest operation (100 cells,
     * 10 leaders each, 10 memberships each) costs 43,200.
     */
    @WithDefault("50000")
    int cost();

    /** Ids given to `nodes(ids:)`. */
    @WithDefault("100")
    int nodeIds();
}
