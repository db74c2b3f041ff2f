-- The sites an owner lets embed the booking widget (issue 14), as the origins a browser names them by
-- (scheme, host, port when not the default), separated by one space: exactly the source list the widget
-- page's Content-Security-Policy frame-ancestors takes. Empty: no site may frame the widget.
ALTER TABLE organisations
    ADD COLUMN widget_origins text NOT NULL DEFAULT ''
        CHECK (widget_origins ~ '^(https?://[a-z0-9.-]+(:[0-9]{1,5})?( https?://[a-z0-9.-]+(:[0-9]{1,5})?)*)?$');
