-- Starter content of the shared templates: elements a plan made from the template begins with (e.g. the
-- four axes common to the Montérégie plans). The platform administrators manage templates through the
-- application: its role may now change them. Plans copy what they start with: changing a template never
-- rewrites a plan.

CREATE TABLE plan_template_starter (
    template_code   text NOT NULL REFERENCES plan_template (code),
    position        integer NOT NULL CHECK (position >= 0),
    parent_position integer,
    level_code      text NOT NULL,
    number          text,
    title           text NOT NULL CHECK (title <> ''),
    PRIMARY KEY (template_code, position)
);

INSERT INTO plan_template_starter (template_code, position, parent_position, level_code, number, title) VALUES
    ('annual-action-plan', 0, NULL, 'axe', 'AXE 1', 'SOUTENIR LE DÉVELOPPEMENT GLOBAL DE L''ENFANT'),
    ('annual-action-plan', 1, NULL, 'axe', 'AXE 2', 'APPUYER LES APPROCHES QUI VISENT TOUS LES PARENTS TOUT EN PORTANT UNE ATTENTION PARTICULIÈRE AUX GROUPES LES PLUS VULNÉRABLES'),
    ('annual-action-plan', 2, NULL, 'axe', 'AXE 3', 'CONSOLIDER LE PARTENARIAT, LA COLLABORATION ET LA CONCERTATION'),
    ('annual-action-plan', 3, NULL, 'axe', 'AXE 4', 'FAVORISER L''ÉLABORATION DE POLITIQUES PUBLIQUES FAVORABLES AU DÉVELOPPEMENT DES TOUT-PETITS');

GRANT SELECT, INSERT, UPDATE, DELETE ON plan_template, plan_template_level, plan_template_starter TO ${app_role};
