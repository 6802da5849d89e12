-- The item search also finds an item by its organisations (full name, short name, aliases) and the officials it
-- names. Those live in other tables, so their words are kept per item in roadmap_item_words, maintained here by
-- triggers: whatever writes parties or organisations (the API, demo data, imports, a database administrator), the
-- search stays right. A table of its own keeps roadmap_item narrow and its rows unchanged by these updates. Queried as
-- roadmap_item.search @@ q or the item's words @@ q, both through GIN indexes.

create table roadmap_item_words (
    item_id    uuid     primary key references roadmap_item (id) on delete cascade,
    roadmap_id uuid     not null,
    words      tsvector not null
);
create index roadmap_item_words_idx on roadmap_item_words using gin (words);
create index roadmap_item_words_roadmap_idx on roadmap_item_words (roadmap_id);

create function roadmap_item_words_refresh(item uuid) returns void language sql as $$
    insert into roadmap_item_words (item_id, roadmap_id, words)
    select i.id, i.roadmap_id, coalesce((
               select to_tsvector('russian', string_agg(concat_ws(' ', o.full_name, o.short_name,
                          (select string_agg(a.alias, ' ') from organisation_alias a where a.organisation_id = o.id),
                          p.official), ' '))
               from roadmap_item_party p join organisation o on o.id = p.organisation_id
               where p.item_id = i.id), ''::tsvector)
    from roadmap_item i where i.id = item
    on conflict (item_id) do update set words = excluded.words
$$;

create function roadmap_item_party_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform roadmap_item_words_refresh(new.item_id);
    end if;
    if tg_op <> 'INSERT' then
        perform roadmap_item_words_refresh(old.item_id);
    end if;
    return null;
end
$$;

create trigger roadmap_item_party_words after insert or update or delete on roadmap_item_party
    for each row execute function roadmap_item_party_changed();

create function organisation_words_changed(changed uuid) returns void language sql as $$
    select roadmap_item_words_refresh(p.item_id) from roadmap_item_party p where p.organisation_id = changed
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

create trigger organisation_names_words after update of full_name, short_name on organisation
    for each row when (old.full_name is distinct from new.full_name or old.short_name is distinct from new.short_name)
    execute function organisation_names_changed();
create trigger organisation_alias_words after insert or update or delete on organisation_alias
    for each row execute function organisation_alias_changed();

select roadmap_item_words_refresh(id) from roadmap_item;
