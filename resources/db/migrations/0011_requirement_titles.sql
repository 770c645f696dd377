-- Attest workspace schema 11: requirements' official titles in other languages (the GDPR and the EU AI Act in German
-- and French, as published in the Official Journal), shown instead of the English title when Attest speaks that
-- language. The English title in `requirements` stays the title of record: these never flag a requirement as
-- changed, and reports keep the official English title beside them.
-- Written with the catalog they come from (models/catalog/CatalogLoader), in the same transaction. Like the search
-- index, they are derived from the shipped catalog files rather than governance data, so they carry no audit event
-- of their own (and an earlier state rebuilt from the audit trail shows English titles).

CREATE TABLE requirement_titles (
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE CASCADE,
    language       TEXT    NOT NULL CHECK (length(language) = 2 AND language = lower(language)), -- 'de', 'fr'
    title          TEXT    NOT NULL CHECK (title <> ''),
    PRIMARY KEY (requirement_id, language)
) STRICT, WITHOUT ROWID;

-- An existing workspace loads the titles at its next start: the shipped catalogs it holds count as out of date.
UPDATE workspace_info SET value = '' WHERE key = 'catalog_release';
