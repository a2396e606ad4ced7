package org.maquis.archive.engine;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Scalars;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes {@code @Id} work on a list argument such as {@code nodes(ids: [ID!]!)}.
 *
 * <p>SmallRye GraphQL 2.17 checks {@code @Id} before it unwraps the collection (ReferenceCreator.getReference), so
 * {@code @Id List<String> ids} prints as {@code [ID!]!} but records {@code java.util.List} as the ID's Java class. At
 * run time every element is then "converted" from String to List and each call fails with "... is not a valid
 * 'Unknown Scalar Type [java.util.List]'". Just before the schema is built we point such arguments back at String,
 * which is what every global id is; the printed type is unchanged.
 *
 * <p>This is SmallRye's plain eventing SPI, registered in META-INF/services and always on (no config key). The CDI
 * flavour ({@code @Observes Operation}) only fires with {@code quarkus.smallrye-graphql.events.enabled=true}, which
 * also fires CDI events around every data fetch.
 */
public class IdListArguments implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public Operation createOperation(Operation operation) {
        if (operation.hasArguments()) {
            for (Argument argument : operation.getArguments()) {
                if (argument.hasWrapper() && argument.getWrapper().isCollectionOrArrayOrMap()
                        && "ID".equals(argument.getReference().getName())) {
                    argument.setReference(Scalars.getIDScalar(String.class.getName()));
                }
            }
        }
        return operation;
    }
}
