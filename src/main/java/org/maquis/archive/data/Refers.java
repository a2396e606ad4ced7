package org.maquis.archive.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what an entity's reference column (a row key, hidden from clients) is in the API: the node type it points
 * to and the field of the entity's type that serves it. {@code @Refers(Place.class) Long homeworldId} is the field
 * {@code homeworld}, a Place; where the schema names it otherwise, {@code field} says so
 * ({@code @Refers(value = Place.class, field = "diedAt") Long deathPlaceId}). History names the column by it and
 * shows its values as global ids (history/FieldNames); HistoryFieldsTest checks each against the database's
 * foreign key and the served schema.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Refers {

    /** The entity of the rows the column points to. */
    Class<? extends Row> value();

    /** The field of the schema that serves the reference; empty: the column's field without its `Id`. */
    String field() default "";

    /**
     * Other fields of the schema whose resolvers read the column ({@code participant}, the one of four references
     * that is set): a row whose selection names one of them reads it ({@link EntityRows#columnsFor}).
     */
    String[] alsoServes() default {};
}
