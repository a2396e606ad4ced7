package org.maquis.archive.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One field of a change, before and after. */
@Type("FieldChange")
@Description("One field of a change: its value before and after, as text (null where it was or became empty).")
public record FieldChange(
        @NonNull @Description("The field's stored name, such as `name`, `diedEarliest` or `homeworldId`.") String name,
        @Description("Its value before the change.") String before,
        @Description("Its value after the change.") String after) {
}
