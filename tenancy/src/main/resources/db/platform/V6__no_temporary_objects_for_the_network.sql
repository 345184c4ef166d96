-- The network's role creates nothing, not even a temporary function (the way to print rows a view keeps
-- from it). PostgreSQL grants TEMPORARY on a database to everyone by default: only the application keeps it.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), '${app_role}');
END
$$;
