package ru.karta.roadmap;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import ru.karta.common.Page;

@ApplicationScoped
public class ProgressUpdateRepository implements PanacheRepositoryBase<ProgressUpdate, UUID> {

    public List<ProgressUpdate> ofItem(UUID itemId, Page page) {
        return find("itemId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), itemId)
                .page(page.page(), page.size()).list();
    }

    public long countByItem(UUID itemId) {
        return count("itemId", itemId);
    }
}
