package ru.karta.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import ru.karta.common.ApiException;

/**
 * Evidence in PostgreSQL, the default: one row of {@code attachment_content} per file, streamed in with the
 * transaction that records the file and deleted with its description (on delete cascade), so one backup holds
 * everything and a rollback leaves nothing.
 */
@ApplicationScoped
public class DatabaseEvidenceStore implements EvidenceStore {

    static final String NAME = "database";

    private final EntityManager em;
    private final DataSource db;

    public DatabaseEvidenceStore(EntityManager em, DataSource db) {
        this.em = em;
        this.db = db;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(UUID id, Path file, long size, String mediaType, String sha256) {
        em.unwrap(Session.class).doWork(connection -> {
            try (InputStream in = Files.newInputStream(file);
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into attachment_content (attachment_id, content) values (?, ?)")) {
                insert.setObject(1, id);
                insert.setBinaryStream(2, in, size);
                insert.executeUpdate();
            } catch (IOException e) {
                throw ApiException.badRequest("file", "problem.upload.unreadable");
            }
        });
    }

    /** Streams the bytes on a connection of its own: a download is written after the request's transaction. */
    @Override
    public void copy(UUID id, OutputStream out) throws IOException {
        try (var connection = db.getConnection();
                PreparedStatement read = connection
                        .prepareStatement("select content from attachment_content where attachment_id = ?")) {
            read.setObject(1, id);
            try (ResultSet rs = read.executeQuery()) {
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void remove(UUID id) {
        // attachment_content goes with its attachment row (on delete cascade), in the same transaction.
    }
}
