package org.maquis.archive.lore;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;
import org.maquis.archive.data.NodeType;
import org.maquis.archive.errors.Refused;
import org.maquis.archive.errors.UserError;

/** Writing an entry: its slug follows its name and universe, by the contract's rule. */
public final class Entries {

    private Entries() {
    }

    /** Gives the entry the slug of its new name or universe, when {@code renamed}. */
    public static Uni<Void> followName(Mutiny.QueryProducer session, Entry entry, boolean renamed) {
        return renamed ? giveSlug(session, entry) : Uni.createFrom().voidItem();
    }

    /**
     * Gives {@code entry} the slug of its name, by the contract's rule: the name's slug, or for a thing outside
     * the mirror universe whose name a mirror thing of its type already has, that slug with its universe's
     * suffix (`maquis-primary`). A slug taken otherwise is a CONFLICT that names it.
     */
    public static Uni<Void> giveSlug(Mutiny.QueryProducer session, Entry entry) {
        String base = Slugs.of(entry.name);
        if (base.isEmpty()) {
            return Uni.createFrom().failure(new Refused(UserError.badInput("name", "A name needs a letter or a digit.")));
        }
        String suffixed = base + "-" + entry.universe.name().toLowerCase(java.util.Locale.ROOT);
        NodeType type = NodeType.of(entry.getClass());
        return session.<Object[]>createNativeQuery("select t.slug, t.universe, t.name from " + type.table()
                        + " t where t.slug in (:base, :suffixed) and t.id <> :self")
                .setParameter("base", base).setParameter("suffixed", suffixed)
                .setParameter("self", entry.rowId == null ? -1L : entry.rowId)
                .getResultList().map(rows -> {
                    Map<String, Object[]> taken = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
                    Object[] holder = taken.get(base);
                    if (holder == null) {
                        entry.slug = base;
                    } else if (entry.universe != Universe.MIRROR && Universe.MIRROR.name().equals(holder[1])
                            && !taken.containsKey(suffixed)) {
                        entry.slug = suffixed;
                    } else {
                        String slug = holder[1].equals(entry.universe.name()) || entry.universe == Universe.MIRROR ? base : suffixed;
                        Object[] by = taken.getOrDefault(slug, holder);
                        throw new Refused(UserError.conflict("name", "The slug `" + slug + "` is taken by the "
                                + type.graphQlName() + " \"" + by[2] + "\"."));
                    }
                    return null;
                });
    }

}
