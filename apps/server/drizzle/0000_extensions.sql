-- pg_trgm backs member search (`q`) with a GIN trigram index. It is a trusted extension
-- (PostgreSQL 13+): the database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
