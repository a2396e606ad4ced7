package org.maquis.archive.lore;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A date as a source gives it, to store: the range of days it can mean and the source's own words. */
@Input("ApproximateDateInput")
@Description("A date as precise as the source gives it: the first and last day it can mean (either may be left open) "
        + "and the source's own words, which are kept.")
public class ApproximateDateInput {

    @Description("The first day the date can mean, or null if open.")
    public LocalDate earliest;

    @Description("The last day the date can mean, or null if open; not before `earliest`.")
    public LocalDate latest;

    @NonNull
    @Description("How the source says it, e.g. \"late 2280s\"; at most 100 characters.")
    public String wording;

    /** The stored date. */
    public ApproximateDate toDate() {
        ApproximateDate date = new ApproximateDate();
        date.earliest = earliest;
        date.latest = latest;
        date.wording = wording.strip();
        return date;
    }
}
