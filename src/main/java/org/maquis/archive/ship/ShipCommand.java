package org.maquis.archive.ship;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.maquis.archive.graph.Node;
import org.maquis.archive.graph.Row;

@Entity
@Table(name = "ship_command")
@Description("A person's command of a ship, as the article states it (\"Spock's old starship command\").")
public class ShipCommand extends Row implements Node {

    @Ignore
    public Long shipId;

    @Ignore
    public Long personId;

    @NonNull
    @Description("The command held, in the article's words (\"captain\", \"commander\").")
    public String role;
}
