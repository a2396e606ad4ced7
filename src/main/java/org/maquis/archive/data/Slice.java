package org.maquis.archive.data;

import java.util.List;

/**
 * One page of a connection as read: its nodes and their cursors, whether more lie on either side, and the
 * size of the whole connection when the client asked for it (null otherwise: it is never counted unasked).
 */
public record Slice<N>(List<N> items, List<String> cursors, boolean hasNext, boolean hasPrevious, Integer total) {
}
