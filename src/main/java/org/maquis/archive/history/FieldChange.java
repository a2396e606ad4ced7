package org.maquis.archive.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One field of a change, before and after, named as the record's type names it (history/FieldNames). */
@Type("FieldChange")
@Description("One field of a change: its value before and after, as text (null where it was or became empty); "
        + "a reference's value is the id of the record it names.")
public record FieldChange(
        @NonNull @Description("The field as the record's type names it, such as `name` or `homeworld`; a part of a date is "
                + "the date's field and the part, such as `died.earliest` or `died.wording`.") String name,
        @Description("Its value before the change; null when the change created the record or the field was empty.") String before,
        @Description("Its value after the change; null when the change deleted the record or emptied the field.") String after) {
}
