-- The views the network's role reads keep rows from it (drafts, unshared assessments). As security
-- barriers, nothing of a query's own WHERE clause runs on a row before the view's filter has kept it: a
-- cheap function that prints its argument sees only what the role may read. A view replaced later must be
-- created WITH (security_barrier) again (NetworkReaderTest checks every view the role may read).
ALTER VIEW network_plan SET (security_barrier = true);
ALTER VIEW network_element SET (security_barrier = true);
ALTER VIEW network_policy_assessment SET (security_barrier = true);
ALTER VIEW shared_policy_assessment SET (security_barrier = true);
