-- What a schedule says beyond one stretch of time: each of its moments when it names several, how often it
-- recurs when it says so, and whether it was moved into a new period by an offset and awaits a person's look.
ALTER TABLE plan_element
    ADD COLUMN schedule_occurrences    text,
    ADD COLUMN schedule_frequency      integer CHECK (schedule_frequency > 0),
    ADD COLUMN schedule_frequency_unit text CHECK (schedule_frequency_unit IN ('YEAR', 'MONTH', 'WEEK')),
    ADD COLUMN schedule_to_review      boolean;
ALTER TABLE plan_element_aud
    ADD COLUMN schedule_occurrences    text,
    ADD COLUMN schedule_frequency      integer,
    ADD COLUMN schedule_frequency_unit text,
    ADD COLUMN schedule_to_review      boolean;
