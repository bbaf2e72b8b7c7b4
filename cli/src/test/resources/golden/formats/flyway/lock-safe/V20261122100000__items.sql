-- Items
--
-- Revision 20261122100000, parent none (first migration), created 2026-11-22T10:00:00Z.
-- Written by autogen from the entities: review it, then run flyway migrate (or autogen upgrade head).
-- Hazards: none.
--
-- autogen:revision 20261122100000
-- autogen:message Items
-- autogen:created 2026-11-22T10:00:00Z
-- autogen:schema-before e4bd7a8c9fac7f8d
-- autogen:schema-after 6c4327e946ed0549

create or replace function set_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
-- Item
create table items (
    id bigint not null,
    code character varying(255),
    label character varying(255),
    owner_id bigint,
    qty integer,
    is_active boolean default true not null,
    is_flagged boolean default false not null,
    notes text,
    created_at timestamp with time zone default now() not null,
    updated_at timestamp with time zone default now() not null,
    constraint pk_items primary key (id)
);
-- Owner
create table owners (
    id bigint not null,
    is_active boolean default true not null,
    is_flagged boolean default false not null,
    notes text,
    created_at timestamp with time zone default now() not null,
    updated_at timestamp with time zone default now() not null,
    constraint pk_owners primary key (id)
);
create trigger update_timestamp before update on items for each row execute function set_updated_at();
create trigger update_timestamp before update on owners for each row execute function set_updated_at();
