package org.maquis.archive.graph;

/** The rows a page covers in its ordered list: skip `offset`, take `limit`. */
public record Window(int offset, int limit) {
}
