-- Platform administrators author templates: a template names the kind of plan it makes (printed on the plan's
-- title page) instead of one of four fixed types; a level can be retired (kept for the plans that have
-- elements of it, no longer offered); a template a plan was made from is kept ("used"), for that plan and
-- its history. The four templates existing before this were used by the demo and the first plans.

ALTER TABLE plan_template
    ADD COLUMN kind_fr text,
    ADD COLUMN kind_en text,
    ADD COLUMN used    boolean NOT NULL DEFAULT false,
    ADD COLUMN version integer NOT NULL DEFAULT 0;

UPDATE plan_template SET used = true, kind_fr = name_fr, kind_en = name_en;

ALTER TABLE plan_template
    ALTER COLUMN kind_fr SET NOT NULL,
    ALTER COLUMN kind_en SET NOT NULL,
    DROP COLUMN plan_type,
    ADD CHECK (kind_fr <> '' AND kind_en <> '' AND name_fr <> '' AND name_en <> '');

ALTER TABLE plan_template_level ADD COLUMN retired boolean NOT NULL DEFAULT false;

-- A template no plan was made from may be deleted with its levels and starter content.
ALTER TABLE plan_template_starter DROP CONSTRAINT plan_template_starter_template_code_fkey,
    ADD FOREIGN KEY (template_code) REFERENCES plan_template (code) ON DELETE CASCADE;

-- The 2024-2029 priorities' annual plan is a column of its own ("Plan d'action 2024-2025") whose items have
-- details of their own (the four tables' themes): one more level.
INSERT INTO plan_template_level (template_code, code, parent_code, position, label_fr, label_en, fields) VALUES
    ('five-year-priorities', 'detail', 'sous-action', 6, 'Détail', 'Sub-item', '{SCHEDULE}');

-- Montréal's local tables plan their concerted action by the fields of action their leaflet names: a field
-- of action, then the actions in it. The tables' demo drafts are made from it.
INSERT INTO plan_template (code, name_fr, name_en, kind_fr, kind_en, used) VALUES
    ('local-concerted-action', 'Action concertée locale en petite enfance', 'Local concerted action in early childhood',
     'Plan d''action concertée', 'Concerted action plan', true);
INSERT INTO plan_template_level (template_code, code, parent_code, position, label_fr, label_en, fields) VALUES
    ('local-concerted-action', 'champ', NULL, 0, 'Champ d''action', 'Field of action', '{DESCRIPTION,FIELDS_OF_ACTION}'),
    ('local-concerted-action', 'action', 'champ', 1, 'Action', 'Action',
        '{DESCRIPTION,SCHEDULE,LEAD,COLLABORATORS,RESULT_INDICATORS,TARGET_GROUPS,EXPECTED_RESULTS,FIELDS_OF_ACTION}');
INSERT INTO plan_template_starter (template_code, position, parent_position, level_code, number, title) VALUES
    ('local-concerted-action', 0, NULL, 'champ', NULL, 'Développement de l''enfant'),
    ('local-concerted-action', 1, NULL, 'champ', NULL, 'Qualité de vie des familles'),
    ('local-concerted-action', 2, NULL, 'champ', NULL, 'Périnatalité'),
    ('local-concerted-action', 3, NULL, 'champ', NULL, 'Approches de proximité'),
    ('local-concerted-action', 4, NULL, 'champ', NULL, 'Saines habitudes de vie'),
    ('local-concerted-action', 5, NULL, 'champ', NULL, 'Éveil à la lecture et à l''écriture'),
    ('local-concerted-action', 6, NULL, 'champ', NULL, 'Soutien parental');
