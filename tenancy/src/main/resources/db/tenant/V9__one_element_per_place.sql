-- Two elements never share a place among their siblings. Two people adding under the same parent at the
-- same moment both computed the same next position: the later commit is refused (and answered 409) instead
-- of leaving two siblings at one place. Checked at commit, since moving elements renumbers siblings one row
-- at a time; the top of a plan (no parent) counts as one parent.
ALTER TABLE plan_element ADD CONSTRAINT plan_element_one_per_place
    UNIQUE NULLS NOT DISTINCT (plan_id, parent_id, position) DEFERRABLE INITIALLY DEFERRED;
