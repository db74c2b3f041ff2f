-- An organisation's cancellation policy, and each booking's copy of it as it stood when the booking was
-- made, so a later change of the policy never changes what an existing booking gets back. Stored as
-- CancellationPolicy.code(): "non-refundable", or steps "days:percent", the most days first ("7:100,0:50").
-- NULL: no policy, guests cancel by asking the organisation (every organisation and booking before this).
ALTER TABLE organisations ADD COLUMN cancellation_policy text
    CONSTRAINT organisations_cancellation_policy_format
    CHECK (cancellation_policy ~ '^(non-refundable|[0-9]{1,3}:[0-9]{1,3}(,[0-9]{1,3}:[0-9]{1,3}){0,2})$');
ALTER TABLE bookings ADD COLUMN cancellation_policy text
    CONSTRAINT bookings_cancellation_policy_format
    CHECK (cancellation_policy ~ '^(non-refundable|[0-9]{1,3}:[0-9]{1,3}(,[0-9]{1,3}:[0-9]{1,3}){0,2})$');
