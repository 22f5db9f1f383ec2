-- Decision 007: an all-day event's endsAt is local midnight AFTER its last day (exclusive,
-- as RFC 5545 DATE values), no longer local midnight OF its last day. Convert existing rows
-- in the event's own zone, so a day stays a day across daylight-saving changes.
UPDATE "Event"
SET "endsAt" = (((("endsAt" AT TIME ZONE 'UTC') AT TIME ZONE "timezone") + interval '1 day') AT TIME ZONE "timezone") AT TIME ZONE 'UTC'
WHERE "allDay";
