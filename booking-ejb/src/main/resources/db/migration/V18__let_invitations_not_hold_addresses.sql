-- An owner who could invite only addresses without an account learnt, from the refusal, whether any
-- address has a Bookspace account (issue 15, finding 8). An invitation still waiting for its answer
-- no longer holds its address across Bookspace: any owner may invite any address, and the page reads
-- the same. The address is held once the invitation is accepted, and an invitee whose address already
-- signs in elsewhere is told so by the invitation page, which only the address's owner can open.
ALTER TABLE users ADD COLUMN invitation_pending boolean NOT NULL DEFAULT false;

UPDATE users u SET invitation_pending = true
 WHERE u.email_verified_at IS NULL
   AND EXISTS (SELECT 1 FROM email_tokens t
                WHERE t.organisation_id = u.organisation_id AND t.user_id = u.id AND t.purpose = 'invitation');

-- One sign-in per address: among the people who can sign in, and once within an organisation.
DROP INDEX users_email_idx;
CREATE UNIQUE INDEX users_email_idx ON users (email) WHERE NOT invitation_pending;
CREATE UNIQUE INDEX users_organisation_email_idx ON users (organisation_id, email);
