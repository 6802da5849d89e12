package ru.karta.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the bytes of evidence files live. Each method runs in the transaction that records or removes the file's
 * description, and a store keeps the two together: what it writes for a transaction that rolls back is gone, and what
 * it removes stays until the transaction has committed.
 */
public interface EvidenceStore {

    /** The name kept on each file's row ({@code attachment.store}). */
    String name();

    /** Keeps a file's bytes, already checked for size and type, under the file's id. */
    void put(UUID id, Path file, long size, String mediaType, String sha256);

    /** Writes a file's bytes to a download. */
    void copy(UUID id, OutputStream out) throws IOException;

    /** Removes a file's bytes with its description (the description's row is deleted by the caller). */
    void remove(UUID id);
}
