package org.maquis.archive.data;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads rows of the reactive client into an entity class, for reads: a new instance per row, each field set from
 * the column Hibernate maps it to ({@link EntityColumns}), converted as Hibernate converts it (a number to the
 * field's width, an {@code @Enumerated(STRING)} to its constant, an embedded date null when all its columns are).
 * Nothing else: no persistence context, no snapshot for dirty checking, no initializers per column, which cost a
 * list more than the rest of its read (issue 27's profile). Writes still load their rows through Hibernate.
 * EntityRowsTest reads every row of every table both ways and finds them equal.
 *
 * @param <T> the entity
 */
public final class EntityRows<T> {

    private static final Map<Class<?>, EntityRows<?>> ALL = new ConcurrentHashMap<>();

    private final Class<T> entity;
    private final Constructor<T> constructor;
    private final List<Column> columns = new ArrayList<>();
    private final Set<String> persistentNames = new HashSet<>();
    /** The GraphQL names of the entity's getters other than {@code getId}: {@code getFields} is {@code fields}. */
    private final Set<String> getters = new HashSet<>();

    private EntityRows(Class<T> entity) {
        this.entity = entity;
        this.constructor = constructor(entity);
        for (Class<?> type = entity; mapped(type); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (EntityColumns.persistent(field)) {
                    persistentNames.add(field.getName());
                    field.setAccessible(true);
                    if (EntityColumns.embedded(field)) {
                        columns.add(new Embedded(field, constructor(field.getType()), parts(field)));
                    } else {
                        columns.add(new Plain(field, EntityColumns.column(field), EntityColumns.converter(field)));
                    }
                }
            }
        }
        for (Method method : entity.getMethods()) {
            String name = method.getName();
            if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3 && !name.equals("getId")
                    && !name.equals("getClass") && !Modifier.isStatic(method.getModifiers())) {
                getters.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            }
        }
    }

    /** The entity and the superclasses whose fields it maps ({@link Row} and below). */
    private static boolean mapped(Class<?> type) {
        return type.isAnnotationPresent(jakarta.persistence.Entity.class)
                || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class);
    }

    @SuppressWarnings("unchecked")
    public static <T> EntityRows<T> of(Class<T> entity) {
        return (EntityRows<T>) ALL.computeIfAbsent(entity, EntityRows::new);
    }

    /** The columns the entity is read from, in the order of its fields. */
    public List<String> columns() {
        return columns.stream().flatMap(Column::names).toList();
    }

    /**
     * The columns a page needs whose rows select these GraphQL fields ({@code selected}, the names under a
     * connection's {@code nodes} and {@code edges/node}): the row key, each field's own column, and a reference
     * column when a field that serves it is selected ({@link Refers}: {@code homeworldId} for {@code homeworld});
     * nothing else, so a row of names reads its names. A field that is a getter of the entity under another name
     * ({@code Change.fields}) may read any column: then all of them. FieldsReadAloneTest reads every field of every
     * type alone and finds it answered as with every field of the type selected together.
     */
    @SafeVarargs
    public final List<String> columnsFor(Set<String>... selected) {
        Set<String> fields = new HashSet<>();
        for (Set<String> names : selected) {
            fields.addAll(names);
        }
        for (String field : fields) {
            if (!persistentNames.contains(field) && getters.contains(field)) {
                return columns();
            }
        }
        return columns.stream().filter(c -> c.readFor(fields)).flatMap(Column::names).toList();
    }

    /**
     * What reads rows of one result whose columns are {@code names}: the entity's columns, each under its name with
     * {@code prefix} before it ({@code j1_} for a joined row, {@link JoinedToOnes}), found once for all the rows.
     */
    public Reader<T> reader(List<String> names, String prefix) {
        List<Setter> setters = columns.stream().map(c -> c.setter(names, prefix)).toList();
        return row -> {
            T instance = newInstance(constructor);
            for (Setter setter : setters) {
                setter.set(instance, row);
            }
            return instance;
        };
    }

    /** Reads one row of a result into a new instance of the entity. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(io.vertx.sqlclient.Row row);
    }

    /** Sets one field of an instance from its row. */
    private interface Setter {
        void set(Object instance, io.vertx.sqlclient.Row row);
    }

    /** A field of the entity and the columns it is read from. */
    private interface Column {
        Setter setter(List<String> names, String prefix);

        Field field();

        /** Whether a row whose selection names these fields reads the column(s). */
        boolean readFor(Set<String> fields);

        java.util.stream.Stream<String> names();
    }

    /**
     * A field held in one column, read when selected; the row key always, a reference column when a field that
     * serves it is ({@code servedBy}: the field {@link Refers} names, and those it says also read it).
     */
    private record Plain(Field field, String column, Function<Object, Object> convert, Set<String> servedBy) implements Column {

        Plain(Field field, String column, Function<Object, Object> convert) {
            this(field, column, convert, EntityColumns.servedBy(field));
        }

        private boolean key() {
            return column.equals("id");
        }

        @Override
        public boolean readFor(Set<String> fields) {
            if (key() || fields.contains(field.getName())) {
                return true;
            }
            for (String served : servedBy) {
                if (fields.contains(served)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Setter setter(List<String> names, String prefix) {
            int at = position(names, prefix + column, key());
            return at < 0 ? NOTHING : (instance, row) -> set(field, instance, value(row, at, convert));
        }

        @Override
        public java.util.stream.Stream<String> names() {
            return java.util.stream.Stream.of(column);
        }
    }

    private record Embedded(Field field, Constructor<?> constructor, List<Plain> parts) implements Column {

        /** An embedded value (a fuzzy date): read when selected. */
        @Override
        public boolean readFor(Set<String> fields) {
            return fields.contains(field.getName());
        }

        @Override
        public Setter setter(List<String> names, String prefix) {
            int[] at = parts.stream().mapToInt(p -> position(names, prefix + p.column(), false)).toArray();
            if (Arrays.stream(at).allMatch(i -> i < 0)) {
                return NOTHING;
            }
            if (Arrays.stream(at).anyMatch(i -> i < 0)) {
                throw new IllegalStateException("A read of an entity has part of " + field.getName() + "'s columns (" + names + ")");
            }
            return (instance, row) -> {
                Object embedded = null; // null when every column is: Hibernate's rule
                for (int i = 0; i < at.length; i++) {
                    Object value = value(row, at[i], parts.get(i).convert());
                    if (value != null) {
                        if (embedded == null) {
                            embedded = newInstance(constructor);
                        }
                        set(parts.get(i).field(), embedded, value);
                    }
                }
                set(field, instance, embedded);
            };
        }

        @Override
        public java.util.stream.Stream<String> names() {
            return parts.stream().map(Plain::column);
        }
    }

    private static List<Plain> parts(Field embedded) {
        List<Plain> parts = new ArrayList<>();
        for (Field part : embedded.getType().getDeclaredFields()) {
            if (EntityColumns.persistent(part)) {
                part.setAccessible(true);
                parts.add(new Plain(part, EntityColumns.column(embedded, part), EntityColumns.converter(part)));
            }
        }
        return parts;
    }

    private static Object value(io.vertx.sqlclient.Row row, int at, Function<Object, Object> convert) {
        Object value = row.getValue(at);
        return value == null ? null : convert.apply(value);
    }

    /** Where the result holds {@code column}; -1 when it does not and need not (any column but the key). */
    private static int position(List<String> names, String column, boolean needed) {
        int at = names.indexOf(column);
        if (at < 0 && needed) {
            throw new IllegalStateException("A read of an entity has no column " + column + " (it has " + names + ")");
        }
        return at;
    }

    /** The setter of a column the result leaves out: the field stays null. */
    private static final Setter NOTHING = (instance, row) -> {
    };

    private static <C> Constructor<C> constructor(Class<C> type) {
        try {
            Constructor<C> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no constructor without arguments", e);
        }
    }

    private static <C> C newInstance(Constructor<C> constructor) {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make a " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static void set(Field field, Object instance, Object value) {
        try {
            field.set(instance, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "EntityRows of " + entity.getSimpleName();
    }
}
