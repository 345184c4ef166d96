-- The fields of action a coordinator refused for an element among those Concerto suggested: never suggested
-- again for it, and audited like the fields it carries.
CREATE TABLE plan_element_rejected_field (
    element_id bigint NOT NULL REFERENCES plan_element (id) ON DELETE CASCADE,
    field_code text NOT NULL,
    PRIMARY KEY (element_id, field_code)
);

CREATE TABLE plan_element_rejected_field_aud (
    rev        bigint NOT NULL REFERENCES revision (id),
    revtype    smallint,
    element_id bigint NOT NULL,
    field_code text NOT NULL,
    PRIMARY KEY (element_id, field_code, rev)
);

ALTER TABLE plan_element_aud ADD COLUMN rejectedfieldsofaction_mod boolean;

GRANT SELECT, INSERT, UPDATE, DELETE ON plan_element_rejected_field TO ${app_role};
GRANT SELECT, INSERT ON plan_element_rejected_field_aud TO ${app_role};
