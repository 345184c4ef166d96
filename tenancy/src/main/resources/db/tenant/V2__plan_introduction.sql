-- A plan's introduction: the context a plan opens with, e.g. why the transitional plan of 2021-2022 is lighter.
ALTER TABLE plan ADD COLUMN introduction text;
ALTER TABLE plan_aud ADD COLUMN introduction text;
ALTER TABLE plan_aud ADD COLUMN introduction_mod boolean;
