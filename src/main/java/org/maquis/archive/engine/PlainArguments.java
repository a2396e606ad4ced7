package org.maquis.archive.engine;

import org.maquis.archive.input.ArgumentValues;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.schema.model.Argument;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The arguments of a reading resolver taken straight from graphql-java's values, when every one is plain: the parent
 * ({@code @Source}), a {@code String}, {@code Integer} or {@code Boolean}, an enum, or an input object whose fields are
 * public fields of those types (a filter, such as {@code EventFilter}). graphql-java has checked them, and applied
 * the schema's defaults, before the resolver is called.
 *
 * <p>SmallRye's {@code ArgumentHelper} gives the same values, but on every call it writes an input object out as JSON,
 * reads it back with JSON-B, and looks its class up by name: a twentieth of the API's CPU on the benchmark's timeline,
 * for one filter. A resolver with any other argument (a list, a date, a formatted or adapted value, an input object
 * with setters, annotations or nested objects) keeps ArgumentHelper. In tests, every call is checked against
 * ArgumentHelper ({@link ReadResolvers}).
 */
final class PlainArguments {

    private static final Set<Class<?>> AS_IS = Set.of(String.class, Boolean.class);
    private static final Set<Class<? extends Annotation>> PLAIN_ANNOTATIONS = Set.of(Description.class, NonNull.class);

    private final List<Function<DataFetchingEnvironment, Object>> readers;

    private PlainArguments(List<Function<DataFetchingEnvironment, Object>> readers) {
        this.readers = readers;
    }

    /** The arguments of this method, as SmallRye describes them, if every one is plain; else null. */
    static PlainArguments of(Method method, List<Argument> arguments) {
        Class<?>[] types = method.getParameterTypes();
        if (types.length != arguments.size()) {
            return null;
        }
        List<Function<DataFetchingEnvironment, Object>> readers = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            Function<DataFetchingEnvironment, Object> reader = reader(arguments.get(i), types[i]);
            if (reader == null) {
                return null;
            }
            readers.add(reader);
        }
        return new PlainArguments(readers);
    }

    /** The values to call the resolver with. */
    Object[] values(DataFetchingEnvironment environment) {
        Object[] values = new Object[readers.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readers.get(i).apply(environment);
        }
        return values;
    }

    private static Function<DataFetchingEnvironment, Object> reader(Argument argument, Class<?> type) {
        if (argument.hasWrapper() || argument.hasTransformation() || argument.isAdaptingTo() || argument.isAdaptingWith()
                || argument.getReference().isAdaptingTo() || argument.getReference().isAdaptingWith()) {
            return null;
        }
        if (argument.isSourceArgument()) {
            return DataFetchingEnvironment::getSource;
        }
        String name = argument.getName();
        Function<Object, Object> plain = value(type);
        if (plain != null) {
            return environment -> plain.apply(environment.getArgument(name));
        }
        InputObject input = InputObject.of(type);
        return input == null ? null : environment -> input.read(environment.getArgument(name));
    }

    /** How a plain value of this type comes from graphql-java's: as it is, or an enum's constant by its name; else null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<Object, Object> value(Class<?> type) {
        if (AS_IS.contains(type)) {
            return value -> type.cast(value);
        }
        if (type == Integer.class) {
            return ArgumentValues::intValue;
        }
        if (type.isEnum() && plainEnum(type)) {
            return value -> value == null || type.isInstance(value) ? value : Enum.valueOf((Class) type, value.toString());
        }
        return null;
    }

    /** An enum whose GraphQL values are its constants' names (none renamed, none with more than a description). */
    private static boolean plainEnum(Class<?> type) {
        for (Field constant : type.getFields()) {
            if (constant.isEnumConstant() && !plain(constant.getAnnotations())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(Annotation[] annotations) {
        return Arrays.stream(annotations).allMatch(a -> PLAIN_ANNOTATIONS.contains(a.annotationType()));
    }

    /** An input object of public fields, each a plain value: made with its constructor, its fields set by name. */
    private record InputObject(Constructor<?> constructor, Map<String, Setter> fields) {

        private record Setter(Field field, Function<Object, Object> value) {
        }

        static InputObject of(Class<?> type) {
            if (type.isInterface() || type.isArray() || type.isPrimitive() || Modifier.isAbstract(type.getModifiers())
                    || !type.getPackageName().startsWith("org.maquis.archive")) {
                return null;
            }
            for (Method method : type.getMethods()) {
                if (method.getName().startsWith("set") && method.getParameterCount() == 1) {
                    return null; // a setter may do more than set
                }
            }
            Map<String, Setter> fields = new HashMap<>();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Function<Object, Object> value = value(field.getType());
                if (value == null || Modifier.isFinal(field.getModifiers()) || !plain(field.getAnnotations())) {
                    return null;
                }
                fields.put(field.getName(), new Setter(field, value));
            }
            try {
                return new InputObject(type.getConstructor(), fields);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        Object read(Object given) {
            if (given == null) {
                return null;
            }
            try {
                Object object = constructor.newInstance();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) given).entrySet()) {
                    Setter setter = Objects.requireNonNull(fields.get(entry.getKey()),
                            () -> constructor.getDeclaringClass().getSimpleName() + " has no public field " + entry.getKey());
                    setter.field.set(object, setter.value.apply(entry.getValue()));
                }
                return object;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    /** Whether two argument values are the same: equal, or input objects of one class whose public fields are equal. */
    static boolean same(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass() || InputObject.of(a.getClass()) == null) {
            return false;
        }
        try {
            for (Field field : a.getClass().getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Objects.equals(field.get(a), field.get(b))) {
                    return false;
                }
            }
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
    }
}
