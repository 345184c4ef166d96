-- The network tells an action from a heading by the same rule as the plan's pages (Headings, in the
-- domain): it needs every column of the plans' tables, so the collaborators, the result indicators and the
-- expected results join what network_element shows. Still adopted plans only.

CREATE OR REPLACE VIEW network_element AS
    SELECT e.id, e.plan_id, e.parent_id, e.position, e.level_code, e.number, e.title, e.description,
           e.schedule_text, e.lead_text, o.name AS lead_organisation, o.sector AS lead_sector,
           ARRAY(SELECT f.field_code FROM plan_element_field_of_action f WHERE f.element_id = e.id ORDER BY f.field_code)
               AS fields_of_action,
           ARRAY(SELECT g.text FROM plan_element_target_group g WHERE g.element_id = e.id ORDER BY g.position)
               AS target_groups,
           EXISTS (SELECT 1 FROM plan_element c WHERE c.parent_id = e.id) AS has_children,
           ARRAY(SELECT c.name FROM plan_element_collaborator c WHERE c.element_id = e.id ORDER BY c.position)
               AS collaborators,
           ARRAY(SELECT i.text FROM plan_element_indicator i WHERE i.element_id = e.id ORDER BY i.position)
               AS result_indicators,
           e.expected_results
    FROM plan_element e
    JOIN plan p ON p.id = e.plan_id AND p.status = 'ADOPTED'
    LEFT JOIN organisation o ON o.id = e.lead_organisation_id;
