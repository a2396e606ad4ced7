package org.maquis.archive.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** The filter of a root connection, built clause by clause; a null value adds no clause. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Case-insensitive substring match on a text field. */
    public Where contains(String field, String text) {
        if (text != null) {
            String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            add("lower(" + field + ") like :p" + parameters.size() + " escape '\\'", "%" + escaped + "%");
        }
        return this;
    }

    public Where equal(String field, Object value) {
        if (value != null) {
            add(field + " = :p" + parameters.size(), value);
        }
        return this;
    }

    /**
     * Keeps rows whose approximate date (an embedded {@code ApproximateDate}) can fall in the years given.
     * A side the article leaves open ("by the 2370s") matches; an undated row does not.
     */
    public Where overlapsYears(String date, Integer fromYear, Integer toYear) {
        if (fromYear != null) {
            add("(" + date + ".latest >= :p" + parameters.size() + " or (" + date + ".latest is null and "
                    + date + ".earliest is not null))", LocalDate.of(fromYear, 1, 1));
        }
        if (toYear != null) {
            add("(" + date + ".earliest <= :p" + parameters.size() + " or (" + date + ".earliest is null and "
                    + date + ".latest is not null))", LocalDate.of(toYear, 12, 31));
        }
        return this;
    }

    private void add(String clause, Object value) {
        clauses.add(clause);
        parameters.put("p" + parameters.size(), value);
    }

    String hql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    <Q extends Mutiny.SelectionQuery<?>> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
