package org.maquis.archive.engine;


import graphql.GraphQLException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a plain field of a type (a Java field or getter with no arguments, such as {@code Person.name} or
 * {@code Connection.nodes}) straight from its object, with nothing around the read.
 *
 * <p>SmallRye GraphQL 2.17's own fetcher for such fields ({@code FieldDataFetcher}) builds the request's context anew
 * for every value it reads: it clones the context and writes the field's selection out as JSON twice
 * ({@code SmallRyeContextManager.populateFromDataFetchingEnvironment}), for every scalar of every row. Nothing of the
 * archive reads that context in a plain field: resolvers ({@code @Source} methods and root queries) keep SmallRye's
 * own fetchers, which build it. A field whose value SmallRye would change on its way out (a {@code @DateFormat} or
 * {@code @NumberFormat} scalar, an adapter, a map, an array or an {@code Optional}) keeps SmallRye's fetcher too.
 *
 * <p>Each is a graphql-java {@link LightDataFetcher}: graphql-java hands it the source object and builds no
 * {@code DataFetchingEnvironment} for the read (one object graph per value, 20 nodes of 4 fields are 80).
 *
 * <p>SmallRye's SPI for fetchers, registered in META-INF/services; Quarkus' own service supplies no field fetcher.
 */
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (!readAsIs(field)) {
            return null;
        }
        Class<?> holder = ClassloadingService.get().loadClass(owner.getClassName());
        try {
            if (field.getMethodName() == null) {
                return new FieldValue(holder.getField(field.getPropertyName()));
            }
            return GetterValue.of(holder.getMethod(field.getMethodName()));
        } catch (NoSuchFieldException | NoSuchMethodException e) {
            return null;
        }
    }

    /** Whether SmallRye would hand the value on unchanged (its FieldHelper's transform and adapt rules). */
    private static boolean readAsIs(Field field) {
        return handsOnAsIs(field, field.getWrapper());
    }

    /**
     * Whether SmallRye would hand on unchanged the value of {@code field}, wrapped in {@code wrapper} (the field's own,
     * or for a resolver the one inside its {@code CompletionStage} or {@code Uni}): no formatted or adapted scalar, no
     * map, array or nested list, no {@code Optional}. {@link ReadResolvers} asks the same of a resolver's answer.
     */
    static boolean handsOnAsIs(Field field, Wrapper wrapper) {
        Reference reference = field.getReference();
        boolean transformed = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean adapted = field.isAdaptingWith() || field.isAdaptingTo() || reference.isAdaptingWith()
                || reference.isAdaptingTo();
        boolean wrapped = wrapper != null && (!wrapper.isCollection() || wrapper.hasWrapper());
        boolean formatted = field.hasTransformation();
        return !transformed && !adapted && !wrapped && !formatted && !reference.getClassName().startsWith("java.util.Optional");
    }

    /** A public Java field. */
    record FieldValue(java.lang.reflect.Field field) implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        FieldValue {
            field.setAccessible(true); // see GetterValue
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
                throws IllegalAccessException {
            return source == null ? null : field.get(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws IllegalAccessException {
            return get(null, environment.getSource(), null);
        }
    }

    /**
     * A public getter, called through a function made for it once ({@link LambdaMetafactory}): a plain call where a
     * reflective {@code Method.invoke} checked, looked up its accessor and boxed an array on every read of a value
     * (every scalar of every row). A getter no function can be made for is called reflectively ({@code direct} false).
     */
    record GetterValue(Function<Object, Object> getter, boolean direct) implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        static GetterValue of(Method method) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup());
                MethodHandle handle = lookup.unreflect(method);
                @SuppressWarnings("unchecked")
                Function<Object, Object> call = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                        handle.type().wrap()).getTarget().invoke();
                return new GetterValue(call, true);
            } catch (Throwable e) {
                // Checked once: a public getter that a class which is not public declares (a record of a package, an
                // entity's superclass) is otherwise checked again, the slow way, on every read of a value.
                method.setAccessible(true);
                return new GetterValue(source -> {
                    try {
                        return method.invoke(source);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause() instanceof RuntimeException thrown ? thrown
                                : new IllegalStateException(failure.getCause());
                    } catch (IllegalAccessException failure) {
                        throw new IllegalStateException(failure);
                    }
                }, false);
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return get(null, environment.getSource(), null);
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
            if (source == null) {
                return null;
            }
            try {
                return getter.apply(source);
            } catch (RuntimeException e) {
                throw new GraphQLException(e); // as the reflective call wrapped what a getter threw
            }
        }
    }
}
