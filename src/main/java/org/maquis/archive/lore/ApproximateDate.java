package org.maquis.archive.lore;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

/**
 * A date as the article gives it: often approximate ("late 2280s", "early 2377"), so it is kept as the
 * range of days it can mean plus the article's own words. Nothing is made more precise than the source.
 */
@Embeddable
@Description("A date as precise as the source article gives it: the range of days it can mean, and the article's own words. "
        + "`earliest` or `latest` is null where the article leaves that side open (\"by the 2370s\").")
public class ApproximateDate {

    @Description("The first day the date can mean.")
    public LocalDate earliest;

    @Description("The last day the date can mean.")
    public LocalDate latest;

    @Description("How the article says it, e.g. \"late 2280s\" or \"three hours later\".")
    public String wording;

    @Description("The year of `earliest`.")
    public Integer getEarliestYear() {
        return earliest == null ? null : earliest.getYear();
    }

    @Description("The year of `latest`.")
    public Integer getLatestYear() {
        return latest == null ? null : latest.getYear();
    }
}
