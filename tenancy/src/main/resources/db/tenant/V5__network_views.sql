-- What the inter-regional network may see of this tenant: its adopted plans and their elements, nothing
-- else. The network's role reads these views only; it has no privilege on any table, so no query of it
-- can reach a draft, an archived plan, the follow-up or the audit.

CREATE VIEW network_plan AS
    SELECT id, title, type, period_label, adopted_on, adopting_body, edition
    FROM plan
    WHERE status = 'ADOPTED';

CREATE VIEW network_element AS
    SELECT e.id, e.plan_id, e.parent_id, e.position, e.level_code, e.number, e.title, e.description,
           e.schedule_text, e.lead_text, o.name AS lead_organisation, o.sector AS lead_sector,
           ARRAY(SELECT f.field_code FROM plan_element_field_of_action f WHERE f.element_id = e.id ORDER BY f.field_code)
               AS fields_of_action,
           ARRAY(SELECT g.text FROM plan_element_target_group g WHERE g.element_id = e.id ORDER BY g.position)
               AS target_groups,
           EXISTS (SELECT 1 FROM plan_element c WHERE c.parent_id = e.id) AS has_children
    FROM plan_element e
    JOIN plan p ON p.id = e.plan_id AND p.status = 'ADOPTED'
    LEFT JOIN organisation o ON o.id = e.lead_organisation_id;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${network_role};
GRANT SELECT ON network_plan, network_element TO ${network_role};
