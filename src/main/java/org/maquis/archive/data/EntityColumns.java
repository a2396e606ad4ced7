package org.maquis.archive.data;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Which columns hold an entity's fields, as Hibernate maps them here: a field is stored in the column its
 * {@code @Column} names, or else in its name in the naming strategy of application.properties ({@code deathPlaceId}
 * is {@code death_place_id}); a part of an {@code @Embedded} date in the column its {@code @EmbeddedColumnNaming}
 * makes of the part's name ({@code died_%s}: {@code died_earliest}). Read by {@link EntityRows} and by the history's
 * names of columns; and how a column's value becomes the field's ({@link #converter}).
 */
public final class EntityColumns {

    /** The naming strategy of application.properties. */
    private static final CamelCaseToUnderscoresNamingStrategy NAMING = new CamelCaseToUnderscoresNamingStrategy();

    private EntityColumns() {
    }

    /** Not a constant, nor what Hibernate's bytecode enhancement adds to an entity ({@code $$_hibernate_...}). */
    public static boolean persistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.getName().startsWith("$");
    }

    /** The column of a field that is not embedded. */
    public static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : physical(field.getName());
    }

    /** The column of {@code part}, a field of the embedded value that {@code embedded} holds. */
    public static String column(Field embedded, Field part) {
        String naming = Optional.ofNullable(embedded.getAnnotation(EmbeddedColumnNaming.class))
                .map(EmbeddedColumnNaming::value).orElse("%s");
        return physical(naming.formatted(part.getName()));
    }

    /**
     * The schema's field that serves a reference column ({@link Refers}): its {@code field}, or else the Java field's
     * name without its {@code Id} ({@code homeworldId} is {@code homeworld}).
     */
    public static String referenceField(Field field) {
        Refers refers = field.getAnnotation(Refers.class);
        return refers.field().isEmpty() ? field.getName().replaceFirst("Id$", "") : refers.field();
    }

    /**
     * The schema's fields that read a reference column: the one that serves it ({@link #referenceField}) and those
     * its {@link Refers#alsoServes} names; none for another column.
     */
    public static Set<String> servedBy(Field field) {
        Refers refers = field.getAnnotation(Refers.class);
        if (refers == null) {
            return Set.of();
        }
        Set<String> fields = new HashSet<>(List.of(refers.alsoServes()));
        fields.add(referenceField(field));
        return Set.copyOf(fields);
    }

    public static boolean embedded(Field field) {
        return field.isAnnotationPresent(Embedded.class);
    }

    private static String physical(String logical) {
        return NAMING.toPhysicalColumnName(Identifier.toIdentifier(logical), null).getText();
    }

    /** From the reactive client's value of a column to the field's: the few types the entities hold. */
    static Function<Object, Object> converter(Field field) {
        Class<?> type = field.getType();
        if (type.isEnum()) {
            Enumerated enumerated = field.getAnnotation(Enumerated.class);
            if (enumerated == null || enumerated.value() != EnumType.STRING) {
                throw unreadable(field, "an enum not stored by name (@Enumerated(EnumType.STRING))");
            }
            return value -> enumConstant(type, (String) value);
        }
        if (type == Long.class || type == long.class) {
            return value -> ((Number) value).longValue();
        }
        if (type == Integer.class || type == int.class) {
            return value -> ((Number) value).intValue();
        }
        if (type == Short.class || type == short.class) {
            return value -> ((Number) value).shortValue();
        }
        if (type == String.class || type == Boolean.class || type == boolean.class || type == LocalDate.class
                || type == OffsetDateTime.class) {
            return Function.identity();
        }
        throw unreadable(field, "a field of type " + type.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static IllegalStateException unreadable(Field field, String what) {
        return new IllegalStateException("EntityRows cannot read " + field.getDeclaringClass().getSimpleName() + "."
                + field.getName() + ": " + what + "; teach it, or read the entity through Hibernate");
    }
}
