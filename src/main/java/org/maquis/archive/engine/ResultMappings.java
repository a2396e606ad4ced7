package org.maquis.archive.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.results.ResultSetMapping;
import org.hibernate.query.results.internal.ResultSetMappingImpl;
import org.hibernate.reactive.provider.service.ReactiveValuesMappingProducerProvider;
import org.hibernate.reactive.sql.results.ReactiveResultSetMapping;
import org.hibernate.reactive.sql.results.internal.ReactiveResultSetAccess;
import org.hibernate.service.spi.SessionFactoryServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceRegistryBuilder;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.results.jdbc.spi.JdbcValuesMapping;
import org.hibernate.sql.results.jdbc.spi.JdbcValuesMappingProducer;
import org.hibernate.sql.results.jdbc.spi.JdbcValuesMappingProducerProvider;
import org.hibernate.sql.results.jdbc.spi.JdbcValuesMetadata;

/**
 * The result mappings of native queries, resolved once: for each execution Hibernate Reactive 3.2 rebuilt a query's
 * mapping from the names of the columns it was given (the entity's attributes found among them, their readers and
 * initializers made), a fifth of the CPU of a nested query. A named mapping ({@code Person.page}, ...) here
 * remembers what it resolved for each list of columns and hands that to the next query with the same mapping and
 * columns, as a cached plan of Hibernate's own queries keeps its mapping: the mapping depends only on the entity,
 * the declared column types and the columns' positions, and what it resolves keeps no state of an execution.
 * Unnamed mappings (a count, a row of values), which take their types from the columns, are resolved each time.
 *
 * <p>Hibernate finds this through {@code META-INF/services}; the session factory then takes its result mappings
 * from here instead of from Hibernate Reactive's provider (a service of the session factory's own registry comes
 * before one of the registry it is built on). What is remembered is bounded by the mappings and statements of the
 * code, not by requests; {@link #LIMIT} caps it anyway. ResultMappingsTest checks that it is in use and reused.
 */
public final class ResultMappings implements SessionFactoryServiceContributor {

    /** At most this many resolutions are kept; beyond, mappings resolve per execution again. */
    static final int LIMIT = 512;

    @Override
    public void contribute(SessionFactoryServiceRegistryBuilder builder) {
        builder.addService(JdbcValuesMappingProducerProvider.class, new Provider());
    }

    static final class Provider implements JdbcValuesMappingProducerProvider {

        private final Map<Columns, JdbcValuesMapping> resolved = new ConcurrentHashMap<>();
        private final LongAdder resolutions = new LongAdder();

        @Override
        public JdbcValuesMappingProducer buildMappingProducer(SelectStatement sqlAst, SessionFactoryImplementor factory) {
            return ReactiveValuesMappingProducerProvider.INSTANCE.buildMappingProducer(sqlAst, factory);
        }

        @Override
        public ResultSetMapping buildResultSetMapping(String name, boolean isDynamic, SessionFactoryImplementor factory) {
            ResultSetMappingImpl mapping = new ResultSetMappingImpl(name, isDynamic);
            return isDynamic || name == null ? new ReactiveResultSetMapping(mapping) : new Named(mapping, this);
        }

        /** How many times a named mapping was resolved from its columns, since the start. */
        long resolutions() {
            return resolutions.sum();
        }

        /** How many resolutions are kept. */
        int kept() {
            return resolved.size();
        }
    }

    /** A named mapping and the columns it was resolved for. */
    private record Columns(String mapping, List<String> names) {
    }

    /** Hibernate Reactive's mapping, resolved once per list of columns. */
    private static final class Named extends ReactiveResultSetMapping {

        private final ResultSetMapping mapping;
        private final Provider provider;

        Named(ResultSetMapping mapping, Provider provider) {
            super(mapping);
            this.mapping = mapping;
            this.provider = provider;
        }

        @Override
        public CompletionStage<JdbcValuesMapping> reactiveResolve(JdbcValuesMetadata metadata,
                LoadQueryInfluencers influencers, SessionFactoryImplementor factory) {
            // The columns are known once the statement has answered.
            return ((ReactiveResultSetAccess) metadata).getReactiveResultSet().thenApply(columnCount -> {
                String[] names = new String[metadata.getColumnCount()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = metadata.resolveColumnName(i + 1);
                }
                Columns columns = new Columns(mapping.getMappingIdentifier(), List.of(names));
                JdbcValuesMapping known = provider.resolved.get(columns);
                if (known != null) {
                    return known;
                }
                JdbcValuesMapping fresh = mapping.resolve(metadata, influencers, factory);
                provider.resolutions.increment();
                if (provider.resolved.size() < LIMIT) {
                    provider.resolved.putIfAbsent(columns, fresh);
                }
                return fresh;
            });
        }
    }
}
