package org.maquis.archive.data;

/** Who changes the archive, and by which mutation: what the history records with every row the change writes. */
public record Edit(String archivist, String mutation) {
}
