package org.maquis.archive.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** The Relay node interface: every stored thing has one opaque global id. */
@Interface
@Description("Anything stored in the archive. Its `id` is opaque and global: pass it to `node` or `nodes` to fetch it again.")
public interface Node {

    @Id
    @NonNull
    @Description("An opaque, global, stable identifier. Do not parse it.")
    String getId();
}
