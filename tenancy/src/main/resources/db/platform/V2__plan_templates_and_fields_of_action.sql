-- Shared by every tenant: the plan templates (the levels of a plan's tree and the fields each level
-- carries) and the network's list of fields of action. Changing a template never rewrites a plan: plans keep
-- their elements' level codes as text.

CREATE TABLE plan_template (
    code      text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    plan_type text NOT NULL CHECK (plan_type IN ('ANNUAL_ACTION_PLAN', 'TRANSITIONAL_PLAN', 'WORK_PLAN', 'FIVE_YEAR_PRIORITIES')),
    name_fr   text NOT NULL,
    name_en   text NOT NULL
);

CREATE TABLE plan_template_level (
    template_code text NOT NULL REFERENCES plan_template (code) ON DELETE CASCADE,
    code          text NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    parent_code   text,
    position      integer NOT NULL,
    label_fr      text NOT NULL,
    label_en      text NOT NULL,
    fields        text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (template_code, code),
    FOREIGN KEY (template_code, parent_code) REFERENCES plan_template_level (template_code, code)
);

CREATE TABLE field_of_action (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    position integer NOT NULL UNIQUE,
    label_fr text NOT NULL,
    label_en text NOT NULL
);

INSERT INTO plan_template (code, plan_type, name_fr, name_en) VALUES
    ('annual-action-plan', 'ANNUAL_ACTION_PLAN', 'Plan d''action annuel', 'Annual action plan'),
    ('transitional-plan', 'TRANSITIONAL_PLAN', 'Plan transitoire', 'Transitional plan'),
    ('work-plan', 'WORK_PLAN', 'Plan de travail', 'Work plan'),
    ('five-year-priorities', 'FIVE_YEAR_PRIORITIES', 'Priorités quinquennales', 'Five-year priorities');

-- Axe → Orientation → Objectif → Action → Activité, with the eight columns of the plans' tables.
INSERT INTO plan_template_level (template_code, code, parent_code, position, label_fr, label_en, fields) VALUES
    ('annual-action-plan', 'axe', NULL, 0, 'Axe', 'Axis', '{DESCRIPTION}'),
    ('annual-action-plan', 'orientation', 'axe', 1, 'Orientation', 'Orientation', '{}'),
    ('annual-action-plan', 'objectif', 'orientation', 2, 'Objectif', 'Objective', '{}'),
    ('annual-action-plan', 'action', 'objectif', 3, 'Action', 'Action',
        '{SCHEDULE,LEAD,COLLABORATORS,RESULT_INDICATORS,TARGET_GROUPS,EXPECTED_RESULTS,FIELDS_OF_ACTION}'),
    ('annual-action-plan', 'activite', 'action', 4, 'Activité', 'Activity',
        '{SCHEDULE,LEAD,COLLABORATORS,RESULT_INDICATORS,TARGET_GROUPS,EXPECTED_RESULTS}'),
-- Section → numbered item.
    ('transitional-plan', 'section', NULL, 0, 'Section', 'Section', '{DESCRIPTION}'),
    ('transitional-plan', 'item', 'section', 1, 'Élément', 'Item', '{SCHEDULE,LEAD,FIELDS_OF_ACTION}'),
-- Orientation → Priorité → Action proposée → Description et échéanciers.
    ('work-plan', 'orientation', NULL, 0, 'Orientation', 'Orientation', '{}'),
    ('work-plan', 'priorite', 'orientation', 1, 'Priorité', 'Priority', '{DESCRIPTION}'),
    ('work-plan', 'action', 'priorite', 2, 'Action proposée', 'Proposed action', '{LEAD,COLLABORATORS,FIELDS_OF_ACTION}'),
    ('work-plan', 'echeancier', 'action', 3, 'Description et échéanciers', 'Description and schedule', '{SCHEDULE}'),
-- Priorité → Objectifs, Moyens (coordination), Moyens (partenaires), Plan d'action annuel.
    ('five-year-priorities', 'priorite', NULL, 0, 'Priorité', 'Priority', '{FIELDS_OF_ACTION}'),
    ('five-year-priorities', 'objectif', 'priorite', 1, 'Objectif', 'Objective', '{}'),
    ('five-year-priorities', 'moyen-coordination', 'priorite', 2, 'Moyen (coordination)', 'Means (coordination)', '{LEAD}'),
    ('five-year-priorities', 'moyen-partenaires', 'priorite', 3, 'Moyen (partenaires)', 'Means (partners)', '{LEAD}'),
    ('five-year-priorities', 'action-annuelle', 'priorite', 4, 'Plan d''action annuel', 'Annual action plan',
        '{SCHEDULE,LEAD,COLLABORATORS}'),
    ('five-year-priorities', 'sous-action', 'action-annuelle', 5, 'Précision', 'Detail', '{SCHEDULE}');

-- The fields of action the network compares bodies on.
INSERT INTO field_of_action (code, position, label_fr, label_en) VALUES
    ('child-development', 1, 'Développement de l''enfant', 'Child development'),
    ('family-quality-of-life', 2, 'Qualité de vie des familles', 'Family quality of life'),
    ('perinatality', 3, 'Périnatalité', 'Perinatality'),
    ('proximity-approaches', 4, 'Approches de proximité', 'Proximity approaches'),
    ('healthy-lifestyles', 5, 'Saines habitudes de vie', 'Healthy lifestyles'),
    ('early-literacy', 6, 'Éveil à la lecture et à l''écriture', 'Early literacy'),
    ('parental-support', 7, 'Soutien parental', 'Parental support'),
    ('school-transition', 8, 'Transition scolaire', 'School transition'),
    ('health-equity', 9, 'Équité en santé', 'Health equity'),
    ('public-policy', 10, 'Politiques publiques', 'Public policy');

GRANT SELECT ON plan_template, plan_template_level, field_of_action TO ${app_role};
