-- The first answer to each Idempotency-Key an API key sends, so a retried request gets that answer
-- again instead of a second booking. A row without a response is a request still in flight.
CREATE TABLE idempotency_keys (
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    api_key_id       bigint      NOT NULL,
    idempotency_key  text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash     text        NOT NULL,
    response_status  integer,
    response_body    text,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, api_key_id, idempotency_key),
    FOREIGN KEY (organisation_id, api_key_id) REFERENCES api_keys (organisation_id, id)
);
