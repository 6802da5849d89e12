-- The item search also finds an item by its organisations (full name, short name, aliases) and the officials it
-- names. Those live in other tables, so each item keeps their words in parties_search, maintained here by triggers:
-- whatever writes parties or organisations (the API, demo data, imports, a database administrator), the search
-- stays right. Queried like search: roadmap_item.search @@ q or roadmap_item.parties_search @@ q, both indexed.

alter table roadmap_item add column parties_search tsvector not null default ''::tsvector;

create function roadmap_item_parties_words(item uuid) returns tsvector language sql stable as $$
    select coalesce(to_tsvector('russian', string_agg(concat_ws(' ', o.full_name, o.short_name,
               (select string_agg(a.alias, ' ') from organisation_alias a where a.organisation_id = o.id),
               p.official), ' ')), ''::tsvector)
    from roadmap_item_party p join organisation o on o.id = p.organisation_id
    where p.item_id = item
$$;

create function roadmap_item_party_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        update roadmap_item set parties_search = roadmap_item_parties_words(new.item_id) where id = new.item_id;
    end if;
    if tg_op <> 'INSERT' and (tg_op = 'DELETE' or old.item_id <> new.item_id) then
        update roadmap_item set parties_search = roadmap_item_parties_words(old.item_id) where id = old.item_id;
    end if;
    return null;
end
$$;

create trigger roadmap_item_party_search after insert or update or delete on roadmap_item_party
    for each row execute function roadmap_item_party_changed();

create function organisation_words_changed(changed uuid) returns void language sql as $$
    update roadmap_item i set parties_search = roadmap_item_parties_words(i.id)
    where i.id in (select p.item_id from roadmap_item_party p where p.organisation_id = changed)
$$;

create function organisation_names_changed() returns trigger language plpgsql as $$
begin
    perform organisation_words_changed(new.id);
    return null;
end
$$;

create function organisation_alias_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform organisation_words_changed(new.organisation_id);
    end if;
    if tg_op <> 'INSERT' then
        perform organisation_words_changed(old.organisation_id);
    end if;
    return null;
end
$$;

create trigger organisation_names_search after update of full_name, short_name on organisation
    for each row when (old.full_name is distinct from new.full_name or old.short_name is distinct from new.short_name)
    execute function organisation_names_changed();
create trigger organisation_alias_search after insert or update or delete on organisation_alias
    for each row execute function organisation_alias_changed();

update roadmap_item set parties_search = roadmap_item_parties_words(id);
create index roadmap_item_parties_search_idx on roadmap_item using gin (parties_search);
