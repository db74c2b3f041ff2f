-- The getting-started checklist's steps that leave no other trace: the owner chose pay on arrival, opened
-- the public page, copied its link, or put the list away. The other steps read what exists (rooms, rates).
CREATE TABLE onboarding_marks (
    organisation_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    step text NOT NULL CHECK (step IN ('pay_on_arrival', 'public_page_opened', 'link_shared', 'dismissed')),
    marked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, step)
);
