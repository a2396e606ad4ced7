package org.maquis.archive.person;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The marriages' rows, added through Panache. A marriage is removed by {@code Links.unlink}, one native delete
 * that tells whether there was one.
 */
@ApplicationScoped
public class MarriageRepository implements PanacheRepositoryBase<Marriage, Long> {
}
