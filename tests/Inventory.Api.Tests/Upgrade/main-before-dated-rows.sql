--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: inventory; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA inventory;


--
-- Name: inventory_notify_key_change(); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.inventory_notify_key_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if TG_OP = 'TRUNCATE' then
    perform pg_notify('inventory_key_changes', '*');
  else
    perform pg_notify('inventory_key_changes', OLD.id::text);
  end if;
  return null;
end $$;


--
-- Name: mt_archive_stream(uuid, character varying); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_archive_stream(streamid uuid, tenantid character varying) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update inventory.mt_streams set is_archived = TRUE where id = streamid  and tenant_id = tenantid;
  update inventory.mt_events set is_archived = TRUE where stream_id = streamid  and tenant_id = tenantid;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(inventory.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(inventory.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(inventory.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = inventory.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = inventory.mt_jsonb_path_to_array(target, '\.');
        retval = inventory.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = inventory.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = inventory.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = inventory.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = inventory.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = inventory.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = inventory.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = inventory.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = inventory.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = inventory.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = inventory.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = inventory.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = inventory.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = inventory.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = inventory.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO inventory.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from inventory.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO inventory.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into inventory.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update inventory.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into inventory.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(uuid, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], character varying[], character varying[], jsonb[], character varying[], bigint); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_quick_append_events(stream uuid, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], causation_ids character varying[], correlation_ids character varying[], headers jsonb[], user_names character varying[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from inventory.mt_streams where id = stream AND tenant_id = tenantid;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from inventory.mt_streams where id = stream AND tenant_id = tenantid;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into inventory.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from inventory.mt_streams where id = stream AND tenant_id = tenantid;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('inventory.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into inventory.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived, causation_id, correlation_id, headers, user_name)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, (now() at time zone 'utc'), dotnet_types[index], FALSE, causation_ids[index], correlation_ids[index], headers[index], user_names[index]);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update inventory.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream AND tenant_id = tenantid;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: inventory; Owner: -
--

CREATE FUNCTION inventory.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: mt_doc_apikey; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_apikey (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_auditentry; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_auditentry (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_envelope; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_envelope (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_idempotentanswer; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_idempotentanswer (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_organization; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_organization (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_reminderschedule; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_reminderschedule (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_review; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_review (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_reviewcalendar; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_reviewcalendar (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_reviewpack; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_reviewpack (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_reviewperiodclaim; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_reviewperiodclaim (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_segmentportfolio; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_segmentportfolio (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_websession; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_doc_websession (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id uuid,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-11-27 22:08:00.062758+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    correlation_id character varying,
    causation_id character varying,
    headers jsonb,
    user_name character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: inventory; Owner: -
--

CREATE SEQUENCE inventory.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: inventory; Owner: -
--

ALTER SEQUENCE inventory.mt_events_sequence OWNED BY inventory.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.mt_streams (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: relationship_months; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.relationship_months (
    tenant_id character varying NOT NULL,
    segment_id uuid NOT NULL,
    relationship_id uuid NOT NULL,
    month date NOT NULL,
    interactions bigint,
    customers bigint,
    score numeric,
    responses bigint
);


--
-- Name: segment_months; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.segment_months (
    tenant_id character varying NOT NULL,
    segment_id uuid NOT NULL,
    month date NOT NULL,
    revenue numeric NOT NULL,
    new_customers integer NOT NULL,
    lost_customers integer NOT NULL,
    active_customers integer NOT NULL
);


--
-- Name: wolverine_agent_restrictions; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_agent_restrictions (
    id uuid NOT NULL,
    uri character varying NOT NULL,
    type character varying NOT NULL,
    node integer DEFAULT 0 NOT NULL
);


--
-- Name: wolverine_control_queue; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_control_queue (
    id uuid NOT NULL,
    message_type character varying NOT NULL,
    node_id uuid NOT NULL,
    body bytea NOT NULL,
    posted timestamp with time zone DEFAULT now() NOT NULL,
    expires timestamp with time zone
);


--
-- Name: wolverine_dead_letter_history; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_dead_letter_history (
    id uuid NOT NULL,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    first_failed_at timestamp with time zone
);


--
-- Name: wolverine_dead_letters; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_dead_letters (
    id uuid NOT NULL,
    execution_time timestamp with time zone,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    source character varying,
    exception_type character varying,
    exception_message character varying,
    sent_at timestamp with time zone,
    replayable boolean,
    failure_group character varying(100),
    failure_title character varying(500),
    failed_at timestamp with time zone,
    first_failed_at timestamp with time zone,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    archived_at timestamp with time zone
);


--
-- Name: wolverine_incoming_envelopes; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_incoming_envelopes (
    id uuid NOT NULL,
    status character varying NOT NULL,
    owner_id integer NOT NULL,
    execution_time timestamp with time zone,
    attempts integer DEFAULT 0,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    keep_until timestamp with time zone
);


--
-- Name: wolverine_node_assignments; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_node_assignments (
    id character varying NOT NULL,
    node_id uuid,
    started timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wolverine_node_records; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_node_records (
    id integer NOT NULL,
    node_number integer NOT NULL,
    event_name character varying NOT NULL,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    description character varying
);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

CREATE SEQUENCE inventory.wolverine_node_records_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE OWNED BY; Schema: inventory; Owner: -
--

ALTER SEQUENCE inventory.wolverine_node_records_id_seq OWNED BY inventory.wolverine_node_records.id;


--
-- Name: wolverine_nodes; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_nodes (
    id uuid NOT NULL,
    node_number integer NOT NULL,
    description character varying NOT NULL,
    uri character varying NOT NULL,
    started timestamp with time zone DEFAULT now() NOT NULL,
    health_check timestamp with time zone DEFAULT now() NOT NULL,
    version character varying,
    capabilities text[]
);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

CREATE SEQUENCE inventory.wolverine_nodes_node_number_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE OWNED BY; Schema: inventory; Owner: -
--

ALTER SEQUENCE inventory.wolverine_nodes_node_number_seq OWNED BY inventory.wolverine_nodes.node_number;


--
-- Name: wolverine_outgoing_envelopes; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.wolverine_outgoing_envelopes (
    id uuid NOT NULL,
    owner_id integer NOT NULL,
    destination character varying NOT NULL,
    deliver_by timestamp with time zone,
    body bytea NOT NULL,
    attempts integer DEFAULT 0,
    message_type character varying NOT NULL
);


--
-- Name: wolverine_node_records id; Type: DEFAULT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_node_records ALTER COLUMN id SET DEFAULT nextval('inventory.wolverine_node_records_id_seq'::regclass);


--
-- Name: wolverine_nodes node_number; Type: DEFAULT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_nodes ALTER COLUMN node_number SET DEFAULT nextval('inventory.wolverine_nodes_node_number_seq'::regclass);


--
-- Data for Name: mt_doc_apikey; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_apikey VALUES ('1303974d-cfc1-4ada-ae97-e658b65d3a6a', '{"id": "1303974d-cfc1-4ada-ae97-e658b65d3a6a", "hash": "b8a5b995fbc20d033521943d387de484d45acfb4b198a852f3b1b2a6bd38f8fb", "name": "local-admin", "role": "Admin", "prefix": "ri_n5ms", "isActive": true, "createdAt": "2026-11-27T22:08:18.6908354+00:00", "revokedAt": null, "organizationId": "default"}', '2026-11-27 22:08:22.203683+00', '01a21f0d-6735-4dad-b169-6096155c24b6', 'Inventory.Api.Access.ApiKey');


--
-- Data for Name: mt_doc_auditentry; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1a851ce8-21f3-4ba5-9a9c-a7f6a06ba3f0', '{"id": "1a851ce8-21f3-4ba5-9a9c-a7f6a06ba3f0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Commuters'' defined with objective retention", "version": 1, "sequence": 1, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_defined", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-45a7-82cc-9e25cd23605c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ded4e7c4-f5ad-4c00-9ab3-6cbf38025725', '{"id": "ded4e7c4-f5ad-4c00-9ab3-6cbf38025725", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects selfService (importance 4)", "version": 2, "sequence": 2, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "expectation_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-46c9-9301-7f5fbf24264a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5cfb62e0-c5be-4d5f-89b8-e05d29205155', '{"id": "5cfb62e0-c5be-4d5f-89b8-e05d29205155", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects automatedServices (importance 3)", "version": 3, "sequence": 3, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "expectation_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-469b-a16f-3d9a9574d353', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '56aa79bd-de8b-4ec5-bf6e-8c052919b7f4', '{"id": "56aa79bd-de8b-4ec5-bf6e-8c052919b7f4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects communities (importance 2)", "version": 4, "sequence": 4, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "expectation_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-4b14-9732-c8047c54242f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '426ab54a-5ad0-483b-9bd3-2cbe32526793', '{"id": "426ab54a-5ad0-483b-9bd3-2cbe32526793", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established selfService ''Web shop and repair booking'' at 1,800.00 EUR/month + 0.04 per interaction", "version": 5, "sequence": 5, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "relationship_established", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-43cc-b959-b1e6e6dbdf12', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '24e15db2-12ed-46a2-9d93-cd1f45905ca5', '{"id": "24e15db2-12ed-46a2-9d93-cd1f45905ca5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established automatedServices ''Ride app with service reminders'' at 950.00 EUR/month + 0.02 per interaction", "version": 6, "sequence": 6, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "relationship_established", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-4dc9-9ff6-59f38c2e6dc0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e4c26537-87ed-4c8b-a128-2ddc8077e08c', '{"id": "e4c26537-87ed-4c8b-a128-2ddc8077e08c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 3,539 interactions, 1,572 customers reached", "version": 7, "sequence": 7, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-44f2-9dc9-16c77efc9323', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ab049289-a6be-48be-a4d5-83ab68e4dc0b', '{"id": "ab049289-a6be-48be-a4d5-83ab68e4dc0b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 4,619 interactions, 1,700 customers reached", "version": 8, "sequence": 8, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-4f61-9822-8ffce8fb4701', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0b5030b5-c0c7-488e-b063-3ca5405dfe66', '{"id": "0b5030b5-c0c7-488e-b063-3ca5405dfe66", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 4,940 interactions, 2,017 customers reached", "version": 9, "sequence": 9, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-413e-ab14-e4f17de1e27f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'eed4a8d7-965e-4d12-9101-143b84e28c37', '{"id": "eed4a8d7-965e-4d12-9101-143b84e28c37", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 76.0 from 314 responses", "version": 10, "sequence": 10, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-4e5e-9831-f31e4bd4a574', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd8c9f5f8-aa54-4d23-a413-2d5140545763', '{"id": "d8c9f5f8-aa54-4d23-a413-2d5140545763", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 6,351 interactions, 2,385 customers reached", "version": 11, "sequence": 11, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d1-4550-b9fc-5b1951340de7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '85ae448b-72b4-4c56-9280-83c2b8025734', '{"id": "85ae448b-72b4-4c56-9280-83c2b8025734", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 7,729 interactions, 2,858 customers reached", "version": 12, "sequence": 12, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4c4b-bc35-f7bec44d8302', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2e79e73c-0804-4368-a9ef-6b38c8a7bbff', '{"id": "2e79e73c-0804-4368-a9ef-6b38c8a7bbff", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 11,958 interactions, 2,024 customers reached", "version": 13, "sequence": 13, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4848-95e1-5a9fba522aab', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '14058cf5-dbe1-457b-824b-958297273b9c', '{"id": "14058cf5-dbe1-457b-824b-958297273b9c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 7,106 interactions, 3,267 customers reached", "version": 14, "sequence": 14, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d36-8708-875c84a63252', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '39991f11-6160-462f-9ba2-54e1c292782f', '{"id": "39991f11-6160-462f-9ba2-54e1c292782f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 12,243 interactions, 2,394 customers reached", "version": 15, "sequence": 15, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4e5a-b12d-8f4cf9410d88', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '21c9027f-2d7a-420a-8d95-6d51ff616f37', '{"id": "21c9027f-2d7a-420a-8d95-6d51ff616f37", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 71.0 from 358 responses", "version": 16, "sequence": 16, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4581-a7e8-19d25c014b7b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '38a23e08-d743-4b6d-b247-4d2deeeabb77', '{"id": "38a23e08-d743-4b6d-b247-4d2deeeabb77", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 76.0 from 273 responses", "version": 17, "sequence": 17, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-400c-8a9a-62d43d1c8396', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cd0691f7-5164-488f-add3-90a169855664', '{"id": "cd0691f7-5164-488f-add3-90a169855664", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 7,305 interactions, 3,237 customers reached", "version": 18, "sequence": 18, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4434-bab8-66ead14c4406', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cfe90875-31b0-43b3-8bd5-be0087c581d6', '{"id": "cfe90875-31b0-43b3-8bd5-be0087c581d6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 11,935 interactions, 2,168 customers reached", "version": 19, "sequence": 19, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-45a6-92c2-6fdbd8d28160', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8d185aa8-69be-4786-8024-1cc13cfd141d', '{"id": "8d185aa8-69be-4786-8024-1cc13cfd141d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 7,180 interactions, 2,899 customers reached", "version": 20, "sequence": 20, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-427c-a11c-256ccbb8d944', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c41258f2-2608-49ad-8ddb-8178a38b01cc', '{"id": "c41258f2-2608-49ad-8ddb-8178a38b01cc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 11,521 interactions, 1,775 customers reached", "version": 21, "sequence": 21, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-413b-b03f-75f384456f34', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7533ab9c-1446-4e52-9976-9848c0ad4c84', '{"id": "7533ab9c-1446-4e52-9976-9848c0ad4c84", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 6,085 interactions, 2,487 customers reached", "version": 22, "sequence": 22, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-44f5-8ec6-d2b41bdfdc08', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f180b600-6050-46e9-9253-6bfca944e736', '{"id": "f180b600-6050-46e9-9253-6bfca944e736", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 10,219 interactions, 1,729 customers reached", "version": 23, "sequence": 23, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-415a-a69a-9dc7b2a532cc', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '524cbce5-f55b-4e2f-bdef-db64732b7c82', '{"id": "524cbce5-f55b-4e2f-bdef-db64732b7c82", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 71.0 from 370 responses", "version": 24, "sequence": 24, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4571-b3fc-2d5368ca093b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4899144d-27ef-4b0b-9134-ee382fa3e85c', '{"id": "4899144d-27ef-4b0b-9134-ee382fa3e85c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 76.0 from 324 responses", "version": 25, "sequence": 25, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-46a9-87a5-1d60c7c7ec70', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '44d66df7-8ca5-4927-8ab9-138889120a11', '{"id": "44d66df7-8ca5-4927-8ab9-138889120a11", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 4,453 interactions, 1,899 customers reached", "version": 26, "sequence": 26, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d0a-bc68-61640708ef04', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1f313b7d-1c37-4f06-8c4f-b2fa94e2a181', '{"id": "1f313b7d-1c37-4f06-8c4f-b2fa94e2a181", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 8,512 interactions, 1,480 customers reached", "version": 27, "sequence": 27, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-48b4-a715-3b9174ca2f1f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5e554006-6f31-4c15-bf0f-85011767d624', '{"id": "5e554006-6f31-4c15-bf0f-85011767d624", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 3,995 interactions, 1,521 customers reached", "version": 28, "sequence": 28, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4611-8427-23679b54c331', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '33e3e092-045c-4ca1-9d7c-ab55a95b73c6', '{"id": "33e3e092-045c-4ca1-9d7c-ab55a95b73c6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 7,032 interactions, 1,176 customers reached", "version": 29, "sequence": 29, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d59-b340-209309f35bfa', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ff9ed875-0c36-4970-9a97-d2a451cd264c', '{"id": "ff9ed875-0c36-4970-9a97-d2a451cd264c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 3,730 interactions, 1,672 customers reached", "version": 30, "sequence": 30, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4055-aa1a-e564dd3c582c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '55c3a413-32a1-43d1-a2ba-950ef28dd4d5', '{"id": "55c3a413-32a1-43d1-a2ba-950ef28dd4d5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 7,307 interactions, 1,051 customers reached", "version": 31, "sequence": 31, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-47ff-95fa-2b1747f2845c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f4e0820e-af18-49e1-8413-1cc5217aab5b', '{"id": "f4e0820e-af18-49e1-8413-1cc5217aab5b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 71.0 from 310 responses", "version": 32, "sequence": 32, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4aa0-84d5-deaeedc13268', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bf8e613c-000b-46ab-a1ec-f0de4526ac6b', '{"id": "bf8e613c-000b-46ab-a1ec-f0de4526ac6b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 79.0 from 289 responses", "version": 33, "sequence": 33, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4276-8077-0b5b35b1b3ed', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7d625367-9dfb-4589-9f03-dfab9a25a260', '{"id": "7d625367-9dfb-4589-9f03-dfab9a25a260", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 3,893 interactions, 1,569 customers reached", "version": 34, "sequence": 34, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-440f-b17c-4d267b798ef6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8184e992-97fc-496d-8999-d4b21374560f', '{"id": "8184e992-97fc-496d-8999-d4b21374560f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 7,029 interactions, 1,253 customers reached", "version": 35, "sequence": 35, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4833-95c2-08d8d926f2ac', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b2d1253e-ae3d-4248-9f44-a8e3b2df926e', '{"id": "b2d1253e-ae3d-4248-9f44-a8e3b2df926e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 4,784 interactions, 1,895 customers reached", "version": 36, "sequence": 36, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-464f-a6bc-d22b3132cb64', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c6ce9857-31e6-43f4-a9fa-bf8df0de3b72', '{"id": "c6ce9857-31e6-43f4-a9fa-bf8df0de3b72", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 9,509 interactions, 1,337 customers reached", "version": 37, "sequence": 37, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-48fb-b30c-c6ab72462741', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '90c6641e-ec1c-46af-96f6-b5da5bf95391', '{"id": "90c6641e-ec1c-46af-96f6-b5da5bf95391", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 6,051 interactions, 2,455 customers reached", "version": 38, "sequence": 38, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4470-a7fb-79a20e661682', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cfed15ce-9995-4124-b965-c599ecc9fda0', '{"id": "cfed15ce-9995-4124-b965-c599ecc9fda0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 10,264 interactions, 1,683 customers reached", "version": 39, "sequence": 39, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-485a-a362-de019bdbbbfb', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0099a676-98ad-45e9-8c02-a6ec53c44ef9', '{"id": "0099a676-98ad-45e9-8c02-a6ec53c44ef9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 77.0 from 351 responses", "version": 40, "sequence": 40, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d4f-8342-dc755f47cf89', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ac2ad032-c0af-48c7-a8fd-8a99d8380f85', '{"id": "ac2ad032-c0af-48c7-a8fd-8a99d8380f85", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 75.0 from 286 responses", "version": 41, "sequence": 41, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4cb2-beb4-b51c370bf3ec', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '75abb59f-8998-4a2a-83a1-5f7f00297a61', '{"id": "75abb59f-8998-4a2a-83a1-5f7f00297a61", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 8,187 interactions, 2,871 customers reached", "version": 42, "sequence": 42, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4789-b428-6a9be5f418bb', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '11f2e050-d163-4f36-9b84-95cf5350d80d', '{"id": "11f2e050-d163-4f36-9b84-95cf5350d80d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 12,641 interactions, 1,978 customers reached", "version": 43, "sequence": 43, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d6c-8932-f3709c18702e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9d7cccc2-6009-4a79-a0c8-6f7ce83b13b8', '{"id": "9d7cccc2-6009-4a79-a0c8-6f7ce83b13b8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 8,069 interactions, 3,163 customers reached", "version": 44, "sequence": 44, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4b44-90c1-4715d74f0134', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1a474228-c98a-4684-aaa6-eb408cbec829', '{"id": "1a474228-c98a-4684-aaa6-eb408cbec829", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 15,680 interactions, 2,566 customers reached", "version": 45, "sequence": 45, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4b1f-a6f2-ffd83a9ab405', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4a20bb7f-d229-4a96-8ff6-9542d7b8ebed', '{"id": "4a20bb7f-d229-4a96-8ff6-9542d7b8ebed", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 8,652 interactions, 3,317 customers reached", "version": 46, "sequence": 46, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4473-8348-898fac4f7e42', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cb646c7f-4b2c-4bbf-b3ef-069f4c5c28ef', '{"id": "cb646c7f-4b2c-4bbf-b3ef-069f4c5c28ef", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 14,255 interactions, 2,643 customers reached", "version": 47, "sequence": 47, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4195-9893-d12a85b044c2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e7999ce4-42a0-41bc-b243-1bb87de11cd9', '{"id": "e7999ce4-42a0-41bc-b243-1bb87de11cd9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 68.0 from 385 responses", "version": 48, "sequence": 48, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-42f3-959b-cb70427fc8d9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0dc834fb-ddf6-4dc7-ab92-d39ea947fe10', '{"id": "0dc834fb-ddf6-4dc7-ab92-d39ea947fe10", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 76.0 from 321 responses", "version": 49, "sequence": 49, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4e84-a308-e631e7433b20', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4fb40e97-2f9a-4be7-9456-27a159572cf9', '{"id": "4fb40e97-2f9a-4be7-9456-27a159572cf9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 8,442 interactions, 3,383 customers reached", "version": 50, "sequence": 50, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-40dc-93de-e0723673bc20', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f3b501a2-4132-4cde-8c59-1f1ab6f98622', '{"id": "f3b501a2-4132-4cde-8c59-1f1ab6f98622", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 14,169 interactions, 2,398 customers reached", "version": 51, "sequence": 51, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4549-8714-8237ae1c9ddd', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'dc7a4aeb-7d58-49a1-a247-2dce0dba137f', '{"id": "dc7a4aeb-7d58-49a1-a247-2dce0dba137f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 7,913 interactions, 3,378 customers reached", "version": 52, "sequence": 52, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4829-b7c6-93ea21aa3e93', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fe38e91b-b20d-43f3-b8a0-dabd8b8b42e0', '{"id": "fe38e91b-b20d-43f3-b8a0-dabd8b8b42e0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 13,057 interactions, 2,257 customers reached", "version": 53, "sequence": 53, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4636-a909-3fbd4ae088a4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6d0dbd8c-ec51-4c6a-b3a8-9cf31e68ef02', '{"id": "6d0dbd8c-ec51-4c6a-b3a8-9cf31e68ef02", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 6,941 interactions, 2,738 customers reached", "version": 54, "sequence": 54, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4e01-9045-a0e822145462', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5cb15f0a-a13b-4593-a90d-50c1a1a918b0', '{"id": "5cb15f0a-a13b-4593-a90d-50c1a1a918b0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 10,928 interactions, 1,971 customers reached", "version": 55, "sequence": 55, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4482-bf7f-77f6d1ebdcb5', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '18df7830-ca5f-482e-8543-b1573ee4d04c', '{"id": "18df7830-ca5f-482e-8543-b1573ee4d04c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 72.0 from 339 responses", "version": 56, "sequence": 56, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4e87-9904-a81e8295d29a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c9cff50d-754f-4c4c-9115-76b67dd5758a', '{"id": "c9cff50d-754f-4c4c-9115-76b67dd5758a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 77.0 from 304 responses", "version": 57, "sequence": 57, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "satisfaction_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4717-9ce6-8115c0208617', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0f81b3ee-80bb-4903-baf3-912f5198e353', '{"id": "0f81b3ee-80bb-4903-baf3-912f5198e353", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 5,285 interactions, 2,085 customers reached", "version": 58, "sequence": 58, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-49fd-94b9-486adb18534b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9ec6628f-f0e3-413f-bd86-bbcea8a7fa85', '{"id": "9ec6628f-f0e3-413f-bd86-bbcea8a7fa85", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 8,922 interactions, 1,708 customers reached", "version": 59, "sequence": 59, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "usage_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-43d5-b07f-18695f362c0e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9fdda2e5-dd52-4b00-aee1-610cb8219c60', '{"id": "9fdda2e5-dd52-4b00-aee1-610cb8219c60", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-01: revenue 42,333.83, 180 new customers, 95 lost customers, 4,085 active customers at month end", "version": 60, "sequence": 60, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4841-a4b6-56e34ce9a92b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0e8fc8fa-67f9-4fb6-a967-875b637bc123', '{"id": "0e8fc8fa-67f9-4fb6-a967-875b637bc123", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-02: revenue 54,308.74, 204 new customers, 117 lost customers, 4,172 active customers at month end", "version": 61, "sequence": 61, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4868-991c-ad31f1be14f5', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4e289193-32f3-4e86-8457-f14fcdb5a3e4', '{"id": "4e289193-32f3-4e86-8457-f14fcdb5a3e4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-03: revenue 64,947.13, 282 new customers, 157 lost customers, 4,297 active customers at month end", "version": 62, "sequence": 62, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-45c9-8ccb-671411379197', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '383d7619-ac58-4c4d-9f08-7007052d6bcc', '{"id": "383d7619-ac58-4c4d-9f08-7007052d6bcc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-04: revenue 76,526.51, 296 new customers, 198 lost customers, 4,395 active customers at month end", "version": 63, "sequence": 63, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4674-af25-83d0edede809', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '11e705c4-05fe-4876-9e95-b0bc66ee4b85', '{"id": "11e705c4-05fe-4876-9e95-b0bc66ee4b85", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-05: revenue 97,174.01, 339 new customers, 214 lost customers, 4,520 active customers at month end", "version": 64, "sequence": 64, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4db8-980b-72f942826b33', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7034bea6-1854-4ae1-9ad2-429b67bd0d0e', '{"id": "7034bea6-1854-4ae1-9ad2-429b67bd0d0e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-06: revenue 99,936.32, 398 new customers, 210 lost customers, 4,708 active customers at month end", "version": 65, "sequence": 65, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4861-9cb3-b61c0e4c6165', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '31f7fca3-531a-4e95-a9cc-fde520eee2a4', '{"id": "31f7fca3-531a-4e95-a9cc-fde520eee2a4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-07: revenue 106,093.71, 375 new customers, 224 lost customers, 4,859 active customers at month end", "version": 66, "sequence": 66, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-411a-b216-904530240e28', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4ac5a8e1-72f6-4ad1-8f98-fed09f98e1f5', '{"id": "4ac5a8e1-72f6-4ad1-8f98-fed09f98e1f5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-08: revenue 101,619.67, 320 new customers, 197 lost customers, 4,982 active customers at month end", "version": 67, "sequence": 67, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4846-a287-b86519512286', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7874b593-cd00-4592-ae51-c0f7f98f8dc1', '{"id": "7874b593-cd00-4592-ae51-c0f7f98f8dc1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-09: revenue 84,854.99, 285 new customers, 151 lost customers, 5,116 active customers at month end", "version": 68, "sequence": 68, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4968-b721-94cd33a8f5c1', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ca0e6478-fabf-47ab-803f-89f71cd6c2d1', '{"id": "ca0e6478-fabf-47ab-803f-89f71cd6c2d1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-10: revenue 77,138.84, 224 new customers, 151 lost customers, 5,189 active customers at month end", "version": 69, "sequence": 69, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4f61-8065-cc9074bee50a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '22766084-7ad0-40cc-bc7d-1ef14a006344', '{"id": "22766084-7ad0-40cc-bc7d-1ef14a006344", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-11: revenue 57,853.84, 200 new customers, 116 lost customers, 5,273 active customers at month end", "version": 70, "sequence": 70, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-425b-8912-6efa588a1e80', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1523cb19-5235-44e5-8c9f-f4b1a2d701bf', '{"id": "1523cb19-5235-44e5-8c9f-f4b1a2d701bf", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-12: revenue 56,736.06, 212 new customers, 113 lost customers, 5,372 active customers at month end", "version": 71, "sequence": 71, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4533-b080-a037b1aaa8d9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cfa9c2a3-1af7-43a1-8024-1417da5f4b7e', '{"id": "cfa9c2a3-1af7-43a1-8024-1417da5f4b7e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-01: revenue 62,860.54, 225 new customers, 115 lost customers, 5,482 active customers at month end", "version": 72, "sequence": 72, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4ae0-b5fd-d4121ac18e41', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c419d679-66b4-4c78-93f1-199a72369373', '{"id": "c419d679-66b4-4c78-93f1-199a72369373", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-02: revenue 80,324.31, 235 new customers, 155 lost customers, 5,562 active customers at month end", "version": 73, "sequence": 73, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4238-be09-58e7f2082e83', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6d038ad3-8df2-4a21-8cee-34354b085021', '{"id": "6d038ad3-8df2-4a21-8cee-34354b085021", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-03: revenue 96,797.15, 326 new customers, 187 lost customers, 5,701 active customers at month end", "version": 74, "sequence": 74, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4ad2-a001-0ac2704a7dd4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '547674ff-6e45-43cb-8455-fe1708f561b3', '{"id": "547674ff-6e45-43cb-8455-fe1708f561b3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-04: revenue 121,017.06, 340 new customers, 234 lost customers, 5,807 active customers at month end", "version": 75, "sequence": 75, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d46-a4d0-61cda49434b0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '90bc8160-d061-4f4e-bdeb-27b43a2cbd97', '{"id": "90bc8160-d061-4f4e-bdeb-27b43a2cbd97", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-05: revenue 157,649.54, 388 new customers, 231 lost customers, 5,964 active customers at month end", "version": 76, "sequence": 76, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4968-9be3-d8972d8fb737', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8aec568a-8c75-46d3-a101-4e1b61aff985', '{"id": "8aec568a-8c75-46d3-a101-4e1b61aff985", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-06: revenue 155,007.36, 416 new customers, 229 lost customers, 6,151 active customers at month end", "version": 77, "sequence": 77, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4c86-be88-86c5646670d8', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '762dae5f-cfa5-420c-83c7-2b71713645ce', '{"id": "762dae5f-cfa5-420c-83c7-2b71713645ce", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-07: revenue 162,991.25, 458 new customers, 250 lost customers, 6,359 active customers at month end", "version": 78, "sequence": 78, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-48b7-8593-9df5b89248bd', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'eb575af5-001e-42e7-a2ce-26e5be6db3ee', '{"id": "eb575af5-001e-42e7-a2ce-26e5be6db3ee", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-08: revenue 153,618.31, 369 new customers, 204 lost customers, 6,524 active customers at month end", "version": 79, "sequence": 79, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-41c7-a614-8e9b0fc81166', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '66943be5-1c10-4acc-b220-0b2ede8808aa', '{"id": "66943be5-1c10-4acc-b220-0b2ede8808aa", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-09: revenue 136,016.09, 351 new customers, 190 lost customers, 6,685 active customers at month end", "version": 80, "sequence": 80, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4be7-8f1f-baa7767806d5', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9702e9ef-92be-4e98-b311-2777df396345', '{"id": "9702e9ef-92be-4e98-b311-2777df396345", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-10: revenue 120,361.07, 270 new customers, 168 lost customers, 6,787 active customers at month end", "version": 81, "sequence": 81, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_outcome_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-409c-82e2-7db8a18780d5', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8056dc18-191e-499f-908c-9cf7b5ecd138', '{"id": "8056dc18-191e-499f-908c-9cf7b5ecd138", "user": "demo-loader", "reason": "New hosting contract", "stream": "segment", "summary": "Cost revised to 2,100.00/month + 0.035 per interaction", "version": 82, "sequence": 82, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "cost_revised", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4404-a54d-26860c8b3651', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c396aa00-af60-4ad3-938a-5cb3b6818fef', '{"id": "c396aa00-af60-4ad3-938a-5cb3b6818fef", "user": "demo-loader", "reason": "Commuter base is loyal; grow accessories", "stream": "segment", "summary": "Objective changed to boostingSales", "version": 83, "sequence": 83, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "segment_objective_changed", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-48c7-be0a-2f1515f81c70', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1ed8a186-1389-4dd2-a9a2-fdbba0285295', '{"id": "1ed8a186-1389-4dd2-a9a2-fdbba0285295", "user": "demo-loader", "reason": "Accessories shop opened in the web shop", "stream": "segment", "summary": "Adjusted motivations → boostingSales", "version": 84, "sequence": 84, "streamId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "eventType": "relationship_adjusted", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.532968+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4508-a348-c8603510cc8e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0c0650c8-7b46-4ba9-9652-3785601d36d6', '{"id": "0c0650c8-7b46-4ba9-9652-3785601d36d6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Sport riders'' defined with objective boostingSales", "version": 1, "sequence": 85, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_defined", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4465-8773-c6c2e8280f19', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '90d5b839-e858-41c5-9b78-9f73f5d8aaff', '{"id": "90d5b839-e858-41c5-9b78-9f73f5d8aaff", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects personalAssistance (importance 5)", "version": 2, "sequence": 86, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "expectation_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4091-af06-a38bbbe0b0f0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5d286e3c-f6f6-45b1-a4ab-4a9aaa95303d', '{"id": "5d286e3c-f6f6-45b1-a4ab-4a9aaa95303d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects communities (importance 4)", "version": 3, "sequence": 87, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "expectation_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-40a9-96a6-5e493535b74a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fb11b2a5-5c7b-4fd6-9f3b-bc5c277ba890', '{"id": "fb11b2a5-5c7b-4fd6-9f3b-bc5c277ba890", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects coCreation (importance 2)", "version": 4, "sequence": 88, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "expectation_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4168-830f-2619ba7f57de', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '68a3a27b-8e99-41f2-b225-90c95e127855', '{"id": "68a3a27b-8e99-41f2-b225-90c95e127855", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established personalAssistance ''Fitting studio'' at 5,200.00 EUR/month + 6.50 per interaction", "version": 5, "sequence": 89, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "relationship_established", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4a6c-8937-c00e31a99144', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5eb82c83-be6e-4769-bea5-1026dbb5b5a0', '{"id": "5eb82c83-be6e-4769-bea5-1026dbb5b5a0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established communities ''Saturday ride club'' at 700.00 EUR/month + 0.00 per interaction", "version": 6, "sequence": 90, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "relationship_established", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-43e7-aff9-37e0433f5174', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0cfcf0ba-a38b-49c1-911f-dd6b3a611c98', '{"id": "0cfcf0ba-a38b-49c1-911f-dd6b3a611c98", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established coCreation ''Product test panel'' at 400.00 EUR/month + 12.00 per interaction", "version": 7, "sequence": 91, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "relationship_established", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-49c4-b776-e3402c6b7096', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7f115165-35c0-43df-81b0-17d12c435051', '{"id": "7f115165-35c0-43df-81b0-17d12c435051", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 162 interactions, 129 customers reached", "version": 8, "sequence": 92, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4dab-8710-c4a72cb2d3ec', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7def8423-25af-43ba-8ba7-4227dee74f36', '{"id": "7def8423-25af-43ba-8ba7-4227dee74f36", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 210 interactions, 152 customers reached", "version": 9, "sequence": 93, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d29-9ff3-1a0d023c16d8', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7a54b669-eec5-4013-892d-d24988e5eb92', '{"id": "7a54b669-eec5-4013-892d-d24988e5eb92", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 469 interactions, 183 customers reached", "version": 10, "sequence": 94, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-41b3-bc98-3894994b3aaf', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ad7cf7a0-d24c-421f-bd7b-02ea88bf8455', '{"id": "ad7cf7a0-d24c-421f-bd7b-02ea88bf8455", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 263 interactions, 172 customers reached", "version": 11, "sequence": 95, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-41e0-a82f-b285e5d977c5', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '96fbc08d-13ae-4f94-9668-8d1eceed861c', '{"id": "96fbc08d-13ae-4f94-9668-8d1eceed861c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 623 interactions, 246 customers reached", "version": 12, "sequence": 96, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4683-9618-ccef0dd9c954', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e8beeac0-c102-4258-a8a4-fe005a379a4c', '{"id": "e8beeac0-c102-4258-a8a4-fe005a379a4c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 91.0 from 87 responses", "version": 13, "sequence": 97, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4902-b94f-c676cdb3a8b0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e52b6d5c-fcad-435b-8bd7-472c76dcdb2f', '{"id": "e52b6d5c-fcad-435b-8bd7-472c76dcdb2f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 93.0 from 112 responses", "version": 14, "sequence": 98, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4577-b2d7-31be991c955b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '21e9d378-d81b-4e38-a12c-64c3107be9d2', '{"id": "21e9d378-d81b-4e38-a12c-64c3107be9d2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 313 interactions, 211 customers reached", "version": 15, "sequence": 99, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4f63-b9a2-a5bb10e0f9fc', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '75c2f3ed-d473-4055-8514-c163b3e245f7', '{"id": "75c2f3ed-d473-4055-8514-c163b3e245f7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 666 interactions, 287 customers reached", "version": 16, "sequence": 100, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-479a-872a-bf8d4f024c5b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '82bbcc88-e6f0-47cf-9086-1001525cab6a', '{"id": "82bbcc88-e6f0-47cf-9086-1001525cab6a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 311 interactions, 240 customers reached", "version": 17, "sequence": 101, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4cc1-9dc7-ef2cb33d7a3d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6571735c-759d-4926-9409-1c7f2f28364b', '{"id": "6571735c-759d-4926-9409-1c7f2f28364b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 827 interactions, 328 customers reached", "version": 18, "sequence": 102, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4736-bced-984404acf037', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2e8c8a48-bbda-4998-ae64-416f93c5984b', '{"id": "2e8c8a48-bbda-4998-ae64-416f93c5984b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 381 interactions, 258 customers reached", "version": 19, "sequence": 103, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4737-a5de-a7a412ce7d29', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b7973b6f-3fcd-4bdb-bf59-808553aeeabd', '{"id": "b7973b6f-3fcd-4bdb-bf59-808553aeeabd", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 807 interactions, 315 customers reached", "version": 20, "sequence": 104, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4356-80ea-5d961edec0ae', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5e3a779b-fe2a-495e-a67f-85cf065df10e', '{"id": "5e3a779b-fe2a-495e-a67f-85cf065df10e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 86.0 from 70 responses", "version": 21, "sequence": 105, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4958-a530-d33643f4a818', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '485cc1dd-91d5-4155-9206-77287b1e6474', '{"id": "485cc1dd-91d5-4155-9206-77287b1e6474", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 94.0 from 85 responses", "version": 22, "sequence": 106, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4891-a9a4-34c18b155ab2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '95785805-6318-42c8-9c07-9612de5e6426', '{"id": "95785805-6318-42c8-9c07-9612de5e6426", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 356 interactions, 244 customers reached", "version": 23, "sequence": 107, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-43b7-9e89-c6db3b650f44', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '93b07688-8462-4ee8-892b-733453cad261', '{"id": "93b07688-8462-4ee8-892b-733453cad261", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 920 interactions, 308 customers reached", "version": 24, "sequence": 108, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-41c5-b8a3-0c64e12a0cc4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '390862c1-2317-43e9-9e05-a3a06a1618a9', '{"id": "390862c1-2317-43e9-9e05-a3a06a1618a9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 336 interactions, 246 customers reached", "version": 25, "sequence": 109, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4cbc-aaa8-c14343b1ded6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '03cea0ae-b1da-4da4-9fcb-702a37b178fa', '{"id": "03cea0ae-b1da-4da4-9fcb-702a37b178fa", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 754 interactions, 271 customers reached", "version": 26, "sequence": 110, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4ae3-afe2-d820309e440c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5dd1e316-de91-4271-bb75-ef99ed4d1113', '{"id": "5dd1e316-de91-4271-bb75-ef99ed4d1113", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 263 interactions, 201 customers reached", "version": 27, "sequence": 111, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-4d7e-aaf9-e38f3994f205', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '14323227-2e1b-4684-9c84-99b80a3b4e3b', '{"id": "14323227-2e1b-4684-9c84-99b80a3b4e3b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 611 interactions, 245 customers reached", "version": 28, "sequence": 112, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d2-418a-a533-80f38325493d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd9ca349b-0240-40d2-a599-e68439019abd', '{"id": "d9ca349b-0240-40d2-a599-e68439019abd", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 87.0 from 79 responses", "version": 29, "sequence": 113, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-443a-afd8-ed9c8d708b4e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b20bcf8d-700d-402f-96fc-00bd241eb8e5', '{"id": "b20bcf8d-700d-402f-96fc-00bd241eb8e5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 95.0 from 106 responses", "version": 30, "sequence": 114, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4ee8-9872-9ec60836db0f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd228be54-16df-4518-929c-3369490bc53a', '{"id": "d228be54-16df-4518-929c-3369490bc53a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 208 interactions, 153 customers reached", "version": 31, "sequence": 115, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-492c-8933-9c5da2a43703', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'be0574ab-efb8-43e9-b71c-104245590627', '{"id": "be0574ab-efb8-43e9-b71c-104245590627", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 574 interactions, 190 customers reached", "version": 32, "sequence": 116, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4d66-b026-b339a7c90d0d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '12e50dda-641a-436f-b1f6-542161474304', '{"id": "12e50dda-641a-436f-b1f6-542161474304", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 32 interactions, 27 customers reached", "version": 33, "sequence": 117, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-400e-9e73-eca47b6313ca', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fcd98ef5-9fdb-4505-84b7-7ecf3f55953a', '{"id": "fcd98ef5-9fdb-4505-84b7-7ecf3f55953a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 198 interactions, 149 customers reached", "version": 34, "sequence": 118, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4960-a84e-770d6a3d41e0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fb4a51eb-50a4-426c-bdb9-a1579490e8f7', '{"id": "fb4a51eb-50a4-426c-bdb9-a1579490e8f7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 473 interactions, 163 customers reached", "version": 35, "sequence": 119, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-40ff-9f15-f8ddcbaaa040', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '496ec7d0-901f-437c-9fb6-57d27ed8e2ba', '{"id": "496ec7d0-901f-437c-9fb6-57d27ed8e2ba", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 27 interactions, 21 customers reached", "version": 36, "sequence": 120, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4e43-b7cf-603217855a76', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '37d1e727-ceca-4139-ba26-c647e9324805', '{"id": "37d1e727-ceca-4139-ba26-c647e9324805", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 175 interactions, 127 customers reached", "version": 37, "sequence": 121, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-49be-a1db-4da765d5a360', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3593b04c-ffc5-4b35-b312-62ebe8db1988', '{"id": "3593b04c-ffc5-4b35-b312-62ebe8db1988", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 409 interactions, 164 customers reached", "version": 38, "sequence": 122, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-417c-97df-d7558d2c08c7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd7da068c-b6f3-44ed-a299-867800170351', '{"id": "d7da068c-b6f3-44ed-a299-867800170351", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 24 interactions, 21 customers reached", "version": 39, "sequence": 123, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4853-9ee8-50f9bdcf9f04', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd2d1f2e5-83e7-41d1-b789-fb3544d4f32b', '{"id": "d2d1f2e5-83e7-41d1-b789-fb3544d4f32b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 89.0 from 85 responses", "version": 40, "sequence": 124, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-41c0-9699-a05a6030d7c4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b5d97cee-fa92-41ef-9004-f11aaa1111a5', '{"id": "b5d97cee-fa92-41ef-9004-f11aaa1111a5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 91.0 from 96 responses", "version": 41, "sequence": 125, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4f8d-b595-3263270cacee', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5d31b6db-ff7b-4bb5-b85f-4c89a1a63ef7', '{"id": "5d31b6db-ff7b-4bb5-b85f-4c89a1a63ef7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 205 interactions, 153 customers reached", "version": 42, "sequence": 126, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4239-8233-d98277ecedaf', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '297af8b7-36c9-4525-9ba0-b7229ef48527', '{"id": "297af8b7-36c9-4525-9ba0-b7229ef48527", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 453 interactions, 169 customers reached", "version": 43, "sequence": 127, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-412e-be6e-663efd715706', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '96654865-296b-4aad-a12d-ea99281222e7', '{"id": "96654865-296b-4aad-a12d-ea99281222e7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 26 interactions, 22 customers reached", "version": 44, "sequence": 128, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4741-8c14-6399daf64976', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '78749bf9-466b-4f3b-b6df-e7b9e1f8f954', '{"id": "78749bf9-466b-4f3b-b6df-e7b9e1f8f954", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 239 interactions, 193 customers reached", "version": 45, "sequence": 129, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4531-96fa-d5eefbeea981', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3f71ef94-d3e0-4323-8aaa-1ad40b33a569', '{"id": "3f71ef94-d3e0-4323-8aaa-1ad40b33a569", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 633 interactions, 224 customers reached", "version": 46, "sequence": 130, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-44bd-84f2-3c26cc4a3849', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '83678847-3bb1-43c8-ad42-2fe7309c4346', '{"id": "83678847-3bb1-43c8-ad42-2fe7309c4346", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 35 interactions, 28 customers reached", "version": 47, "sequence": 131, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4387-bcd2-ae405cd1248d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '41118592-7a2e-4b3f-9882-2617aaaba9eb', '{"id": "41118592-7a2e-4b3f-9882-2617aaaba9eb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 307 interactions, 213 customers reached", "version": 48, "sequence": 132, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-45f4-9687-a139d646943b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7d75b05e-efd9-4a82-9c2c-9dbeb55a9670', '{"id": "7d75b05e-efd9-4a82-9c2c-9dbeb55a9670", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 731 interactions, 267 customers reached", "version": 49, "sequence": 133, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-40d9-b613-0729549c03e4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5400d6f2-4d48-4b34-afce-a0ed4303c0ac', '{"id": "5400d6f2-4d48-4b34-afce-a0ed4303c0ac", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 44 interactions, 33 customers reached", "version": 50, "sequence": 134, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-439e-b61d-0348c9a0e4ff', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3c6c64e8-65a9-4ff7-80b5-9b549c11f291', '{"id": "3c6c64e8-65a9-4ff7-80b5-9b549c11f291", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 87.0 from 63 responses", "version": 51, "sequence": 135, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4700-bbbd-6a7be602dd91', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9f7e5ca1-4a99-44a6-b08a-f915de991a9e', '{"id": "9f7e5ca1-4a99-44a6-b08a-f915de991a9e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 90.0 from 83 responses", "version": 52, "sequence": 136, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4c14-b767-3300fb435315', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a84c303e-68b5-42b2-adc4-d6a5ab15c7e1', '{"id": "a84c303e-68b5-42b2-adc4-d6a5ab15c7e1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 354 interactions, 234 customers reached", "version": 53, "sequence": 137, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4784-bd5b-40072d13582b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8a2f0ccb-626d-40f6-814c-15bf10234a30', '{"id": "8a2f0ccb-626d-40f6-814c-15bf10234a30", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 810 interactions, 307 customers reached", "version": 54, "sequence": 138, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-47c5-a9b6-f90d29f7ee06', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7b00d8e6-c4ad-486d-b4e9-797d3e7f2183', '{"id": "7b00d8e6-c4ad-486d-b4e9-797d3e7f2183", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 51 interactions, 45 customers reached", "version": 55, "sequence": 139, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-48e3-9098-1189878e6a8e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6539102e-8fa9-47d5-8a7c-aaa3aea1950e', '{"id": "6539102e-8fa9-47d5-8a7c-aaa3aea1950e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 390 interactions, 302 customers reached", "version": 56, "sequence": 140, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4b8b-a538-0f7cbe5f11d1', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b4e885c1-0cd6-46c0-9e77-7f790c7e4315', '{"id": "b4e885c1-0cd6-46c0-9e77-7f790c7e4315", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 1,001 interactions, 345 customers reached", "version": 57, "sequence": 141, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4eca-af50-13f32fd9ae1c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ffe61b5d-bdcc-4501-a73f-e02e82dac79b', '{"id": "ffe61b5d-bdcc-4501-a73f-e02e82dac79b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 58 interactions, 45 customers reached", "version": 58, "sequence": 142, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4165-8228-67d3043b781f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3be148cd-a0e9-4d2c-9f1b-11e0ca177063', '{"id": "3be148cd-a0e9-4d2c-9f1b-11e0ca177063", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 377 interactions, 292 customers reached", "version": 59, "sequence": 143, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4f46-a7f7-d2d63719b316', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4d061c03-ead7-44f3-a83f-46c50c5329f6', '{"id": "4d061c03-ead7-44f3-a83f-46c50c5329f6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 1,102 interactions, 370 customers reached", "version": 60, "sequence": 144, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4f1d-bbb8-e409741fa92c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f1425dd9-0c5b-4bc7-a8cb-07aa65842c7a', '{"id": "f1425dd9-0c5b-4bc7-a8cb-07aa65842c7a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 60 interactions, 51 customers reached", "version": 61, "sequence": 145, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-406f-89f1-ae9dc66ed32e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bf263f69-7edd-44f7-be88-50e62fa2b7c0', '{"id": "bf263f69-7edd-44f7-be88-50e62fa2b7c0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 89.0 from 69 responses", "version": 62, "sequence": 146, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4b9f-b902-a193e1959d25', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c8ceccb5-c0ba-449e-911c-d36915dd7235', '{"id": "c8ceccb5-c0ba-449e-911c-d36915dd7235", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 90.0 from 90 responses", "version": 63, "sequence": 147, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4fe7-88a4-0db08875e4d7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '06d20a94-883a-4a98-a214-b41025c4c76d', '{"id": "06d20a94-883a-4a98-a214-b41025c4c76d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 430 interactions, 271 customers reached", "version": 64, "sequence": 148, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4982-8af2-ee52ee26bcc0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e22bc00d-1ac6-479b-ba81-8afe80a1b1a4', '{"id": "e22bc00d-1ac6-479b-ba81-8afe80a1b1a4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 943 interactions, 349 customers reached", "version": 65, "sequence": 149, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4d8c-8ec4-2831d4e2b75a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '00942a74-4ce4-4a4a-8251-0213d454eb7c', '{"id": "00942a74-4ce4-4a4a-8251-0213d454eb7c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 54 interactions, 44 customers reached", "version": 66, "sequence": 150, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4c91-bc15-8322ea201e83', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4e86836b-3c88-4b0b-a98a-4d8508b09382', '{"id": "4e86836b-3c88-4b0b-a98a-4d8508b09382", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 327 interactions, 249 customers reached", "version": 67, "sequence": 151, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4d7c-a5af-a3e5a0be5999', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ad17d0c4-421f-45b6-950d-b71150950327', '{"id": "ad17d0c4-421f-45b6-950d-b71150950327", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 989 interactions, 352 customers reached", "version": 68, "sequence": 152, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4c1f-887e-9b8c8fbf48bf', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7618654c-2f9b-41c2-948e-3bee377e14c1', '{"id": "7618654c-2f9b-41c2-948e-3bee377e14c1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 55 interactions, 41 customers reached", "version": 69, "sequence": 153, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-46b0-a911-6ccae1b615f6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '70434038-24ca-46f5-a97a-5e4420f905b7', '{"id": "70434038-24ca-46f5-a97a-5e4420f905b7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 294 interactions, 233 customers reached", "version": 70, "sequence": 154, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4d35-811a-94561e021185', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ded32d52-8bf7-4633-be0d-985d8da2ad4d', '{"id": "ded32d52-8bf7-4633-be0d-985d8da2ad4d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 851 interactions, 305 customers reached", "version": 71, "sequence": 155, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4340-872f-001c4b7c12f7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '79373e89-9efe-434f-9a2a-f4e377e5993e', '{"id": "79373e89-9efe-434f-9a2a-f4e377e5993e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 45 interactions, 41 customers reached", "version": 72, "sequence": 156, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4906-8ab5-89d1815eb21c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd18e2b45-e067-45c7-8d37-36c4add00703', '{"id": "d18e2b45-e067-45c7-8d37-36c4add00703", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 86.0 from 70 responses", "version": 73, "sequence": 157, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-48dc-83c8-c9581274f9a2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2a1bebde-4175-4b54-bade-4082af178108', '{"id": "2a1bebde-4175-4b54-bade-4082af178108", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 90.0 from 92 responses", "version": 74, "sequence": 158, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "satisfaction_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-485f-8ea5-0f571588393e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '15ab727c-afed-46ee-be7a-eb31572ed000', '{"id": "15ab727c-afed-46ee-be7a-eb31572ed000", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 275 interactions, 202 customers reached", "version": 75, "sequence": 159, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4917-81b5-4e96d1520692', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '728454e2-f345-4509-8dac-56c7df354e1e', '{"id": "728454e2-f345-4509-8dac-56c7df354e1e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 687 interactions, 225 customers reached", "version": 76, "sequence": 160, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4a22-beac-ce1c7abf95c9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '22259e30-ae79-4c2e-a836-185f2ed43f68', '{"id": "22259e30-ae79-4c2e-a836-185f2ed43f68", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 41 interactions, 29 customers reached", "version": 77, "sequence": 161, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "usage_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4bf0-a6c1-045277a87bb2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c3a7c2ba-f103-4e42-b1a4-fe264b1ff034', '{"id": "c3a7c2ba-f103-4e42-b1a4-fe264b1ff034", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-01: revenue 27,045.17, 45 new customers, 22 lost customers, 923 active customers at month end", "version": 78, "sequence": 162, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-479d-86e3-aa9088a3cc0f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '95a250af-7267-422e-adde-6bca97cce4bc', '{"id": "95a250af-7267-422e-adde-6bca97cce4bc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-02: revenue 37,975.36, 54 new customers, 29 lost customers, 948 active customers at month end", "version": 79, "sequence": 163, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4b23-9283-0ec7f94405aa', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '81e89c79-f8ad-4bc8-9109-7ab4a524e74d', '{"id": "81e89c79-f8ad-4bc8-9109-7ab4a524e74d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-03: revenue 49,067.81, 61 new customers, 36 lost customers, 973 active customers at month end", "version": 80, "sequence": 164, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4709-9ecb-23d6295edbec', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f66d3307-c3df-4744-972c-5146fc0eebb9', '{"id": "f66d3307-c3df-4744-972c-5146fc0eebb9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-04: revenue 58,027.55, 69 new customers, 46 lost customers, 996 active customers at month end", "version": 81, "sequence": 165, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4dee-adc7-123d9a335a7b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7a71f6e0-e6c5-43fe-a8d4-ad7ac7a02f26', '{"id": "7a71f6e0-e6c5-43fe-a8d4-ad7ac7a02f26", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-05: revenue 67,084.85, 85 new customers, 49 lost customers, 1,032 active customers at month end", "version": 82, "sequence": 166, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-460b-b728-a69944815c9a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1f693066-479b-40c8-985c-88a671a2959b', '{"id": "1f693066-479b-40c8-985c-88a671a2959b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-06: revenue 63,580.14, 85 new customers, 46 lost customers, 1,071 active customers at month end", "version": 83, "sequence": 167, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-47c5-9310-e95d9be141ec', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fbcf46b9-9cf4-4637-a087-6ed7a0f9427b', '{"id": "fbcf46b9-9cf4-4637-a087-6ed7a0f9427b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-07: revenue 68,574.51, 85 new customers, 46 lost customers, 1,110 active customers at month end", "version": 84, "sequence": 168, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-44b6-8ca4-51072f04b708', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b25340f2-0651-4919-9fad-f1a38d848287', '{"id": "b25340f2-0651-4919-9fad-f1a38d848287", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-08: revenue 67,786.25, 85 new customers, 48 lost customers, 1,147 active customers at month end", "version": 85, "sequence": 169, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97d3-4ac9-968f-7cb0da03a4aa', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '11d886b2-f56a-46f6-b697-dab678ba20c4', '{"id": "11d886b2-f56a-46f6-b697-dab678ba20c4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-09: revenue 55,300.57, 69 new customers, 36 lost customers, 1,180 active customers at month end", "version": 86, "sequence": 170, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-4ccc-b282-27e7f920e382', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ec2c00c6-3dc4-41df-bbfc-04956e6e587d', '{"id": "ec2c00c6-3dc4-41df-bbfc-04956e6e587d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-10: revenue 54,279.45, 60 new customers, 32 lost customers, 1,208 active customers at month end", "version": 87, "sequence": 171, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-43dc-83fb-85d9159a132f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '10d63f17-3401-4d64-b874-cd97c0b9465e', '{"id": "10d63f17-3401-4d64-b874-cd97c0b9465e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-11: revenue 41,502.07, 44 new customers, 27 lost customers, 1,225 active customers at month end", "version": 88, "sequence": 172, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-49e1-b82d-145b1d34d1c2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ee82d51b-16da-4d4d-ad6d-d781c3823f86', '{"id": "ee82d51b-16da-4d4d-ad6d-d781c3823f86", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-12: revenue 42,310.25, 44 new customers, 28 lost customers, 1,241 active customers at month end", "version": 89, "sequence": 173, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-4f8c-9855-9b78e6d195cc', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f38b2377-9b2b-4513-943b-efbc4f8c1b5d', '{"id": "f38b2377-9b2b-4513-943b-efbc4f8c1b5d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-01: revenue 45,917.44, 53 new customers, 29 lost customers, 1,265 active customers at month end", "version": 90, "sequence": 174, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-48d1-8846-78f3c7b2ebb2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '781e62b3-acbf-489e-a5d2-22ce30ead618', '{"id": "781e62b3-acbf-489e-a5d2-22ce30ead618", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-02: revenue 53,451.11, 61 new customers, 32 lost customers, 1,294 active customers at month end", "version": 91, "sequence": 175, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-4d66-93b4-fb3f9ef31a17', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9fa47ea6-8404-478e-904d-f0dbcca93665', '{"id": "9fa47ea6-8404-478e-904d-f0dbcca93665", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-03: revenue 78,979.19, 73 new customers, 42 lost customers, 1,325 active customers at month end", "version": 92, "sequence": 176, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-4f4c-b9ea-7679bbbfb223', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '832b722b-bf40-4e8b-bf9e-b447676943f4', '{"id": "832b722b-bf40-4e8b-bf9e-b447676943f4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-04: revenue 83,041.28, 94 new customers, 49 lost customers, 1,370 active customers at month end", "version": 93, "sequence": 177, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-44cd-97b9-f55e14fc5be9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6bbb66fb-6251-4a1c-ad6f-6379d65df392', '{"id": "6bbb66fb-6251-4a1c-ad6f-6379d65df392", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-05: revenue 108,265.09, 93 new customers, 55 lost customers, 1,408 active customers at month end", "version": 94, "sequence": 178, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-4a3a-a0fb-ad595b246a67', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c2ef3155-b758-4470-8290-2d585a751258', '{"id": "c2ef3155-b758-4470-8290-2d585a751258", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-06: revenue 120,498.13, 109 new customers, 64 lost customers, 1,453 active customers at month end", "version": 95, "sequence": 179, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-47e7-8c82-c22a897d03bb', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '14f8cd82-25ae-461c-b52c-31b4203fc64e', '{"id": "14f8cd82-25ae-461c-b52c-31b4203fc64e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-07: revenue 122,598.59, 101 new customers, 56 lost customers, 1,498 active customers at month end", "version": 96, "sequence": 180, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-41dc-b51e-c846bd3a62ae', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '608794a7-420c-4b94-8d15-4583ca0ead38', '{"id": "608794a7-420c-4b94-8d15-4583ca0ead38", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-08: revenue 111,752.42, 81 new customers, 54 lost customers, 1,525 active customers at month end", "version": 97, "sequence": 181, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-4317-8207-0e1ec26e9546', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2edcef25-0e5f-4a3b-9421-2b92e737c440', '{"id": "2edcef25-0e5f-4a3b-9421-2b92e737c440", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-09: revenue 88,323.90, 76 new customers, 47 lost customers, 1,554 active customers at month end", "version": 98, "sequence": 182, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-45b2-99b3-f452c040688a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4cd0a289-8e64-4098-bd02-1b002dd0da8a', '{"id": "4cd0a289-8e64-4098-bd02-1b002dd0da8a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-10: revenue 77,167.30, 66 new customers, 39 lost customers, 1,581 active customers at month end", "version": 99, "sequence": 183, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "segment_outcome_recorded", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-97f0-44ba-b368-ea4acec69673', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1ad1d78b-03f7-47a5-9ce9-938f42cf176a', '{"id": "1ad1d78b-03f7-47a5-9ce9-938f42cf176a", "user": "demo-loader", "reason": "Chat group added", "stream": "segment", "summary": "Adjusted channels → event/socialMedia/chat, owner → Community team", "version": 100, "sequence": 184, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "relationship_adjusted", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-982c-489c-baac-52f2654bb826', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3dbd50e8-456b-4ca9-8ce6-2d9d058bc205', '{"id": "3dbd50e8-456b-4ca9-8ce6-2d9d058bc205", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Linked to keyResources: Trained fitters and the 3D fitting rig", "version": 101, "sequence": 185, "streamId": "4d803b11-787d-495c-a103-ba20c9507793", "eventType": "integration_linked", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "recordedAt": "2026-11-27T22:08:24.544687+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-413d-82fe-d8115a49fc41', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e4c9d533-5345-4004-8b6a-76e7272b1385', '{"id": "e4c9d533-5345-4004-8b6a-76e7272b1385", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Corporate fleets'' defined with objective acquisition", "version": 1, "sequence": 186, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_defined", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4643-9e1a-b2923a5f5918', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1c21c46b-1a63-43b4-84ef-c26a1c0210b0', '{"id": "1c21c46b-1a63-43b4-84ef-c26a1c0210b0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects dedicatedPersonalAssistance (importance 5)", "version": 2, "sequence": 187, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "expectation_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-449e-9294-3009856dc8f6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '86e13817-d52b-4728-aa21-d0706f2f5b82', '{"id": "86e13817-d52b-4728-aa21-d0706f2f5b82", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects thirdParty (importance 2)", "version": 3, "sequence": 188, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "expectation_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4c54-894a-3cc945eaf900', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '25a12e1e-f2ea-4314-9ad1-f2868b81fe75', '{"id": "25a12e1e-f2ea-4314-9ad1-f2868b81fe75", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established dedicatedPersonalAssistance ''Fleet account managers'' at 7,400.00 EUR/month + 18.00 per interaction", "version": 4, "sequence": 189, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "relationship_established", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4dd0-9fe3-eebf2c165e43', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c58c222c-5201-45af-97cb-553ab275dd32', '{"id": "c58c222c-5201-45af-97cb-553ab275dd32", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established thirdParty ''Leasing partner service desk'' at 2,100.00 EUR/month + 4.20 per interaction", "version": 5, "sequence": 190, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "relationship_established", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-435e-9d84-d8176c1360bb', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4008ad0e-bd87-4d78-a567-2fc3bf41706d', '{"id": "4008ad0e-bd87-4d78-a567-2fc3bf41706d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 96 interactions, 34 customers reached", "version": 6, "sequence": 191, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4e32-9d99-f718e8dba0ef', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '76d04270-7e9c-4339-a798-4147bb192a9c', '{"id": "76d04270-7e9c-4339-a798-4147bb192a9c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 127 interactions, 34 customers reached", "version": 7, "sequence": 192, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4792-9fcb-ae99b446ed79', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7b624db8-836a-41e4-8b97-db2f0196cc9c', '{"id": "7b624db8-836a-41e4-8b97-db2f0196cc9c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 133 interactions, 42 customers reached", "version": 8, "sequence": 193, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4d04-b667-797d08282a64', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0fec4aa3-225b-45ae-99bf-bfa18654e2b1', '{"id": "0fec4aa3-225b-45ae-99bf-bfa18654e2b1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 441 interactions, 179 customers reached", "version": 9, "sequence": 194, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-48db-92f9-df904a3a76f4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '671e0733-736d-4025-b024-100f279e69ca', '{"id": "671e0733-736d-4025-b024-100f279e69ca", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 86.0 from 21 responses", "version": 10, "sequence": 195, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-44ee-9fe7-3f2a4dfb0c6d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c76f954d-bc19-4461-b606-53367b1ce4b9', '{"id": "c76f954d-bc19-4461-b606-53367b1ce4b9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 65.0 from 46 responses", "version": 11, "sequence": 196, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4320-9715-61cf6b073a5a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ed94bba9-f6de-49a2-a057-e296d23fe1a7', '{"id": "ed94bba9-f6de-49a2-a057-e296d23fe1a7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 181 interactions, 60 customers reached", "version": 12, "sequence": 197, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4bb2-a48e-41e856235c71', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a5b769cd-9a01-480b-9219-b12b50555500', '{"id": "a5b769cd-9a01-480b-9219-b12b50555500", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 479 interactions, 180 customers reached", "version": 13, "sequence": 198, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-45f6-9f05-bea5cf6e9cb7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '68b324b7-7e63-46dc-86d8-b9c12eb6d7c1', '{"id": "68b324b7-7e63-46dc-86d8-b9c12eb6d7c1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 195 interactions, 59 customers reached", "version": 14, "sequence": 199, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-46bd-89ac-aac1e34342e0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ded66add-e866-4f3d-9c70-a8026e5eff64', '{"id": "ded66add-e866-4f3d-9c70-a8026e5eff64", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 565 interactions, 227 customers reached", "version": 15, "sequence": 200, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4bcf-86cc-31462154ef23', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a112bc07-ff84-4217-87e7-0128594e0124', '{"id": "a112bc07-ff84-4217-87e7-0128594e0124", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 206 interactions, 66 customers reached", "version": 16, "sequence": 201, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4fc9-a34f-ae3c113a01c4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4ca23b25-cfb7-4b90-b43b-944a2839c2d4', '{"id": "4ca23b25-cfb7-4b90-b43b-944a2839c2d4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 558 interactions, 244 customers reached", "version": 17, "sequence": 202, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-465a-95fb-69e679da272d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f8e98019-a56d-457d-8cf6-e337332e18eb', '{"id": "f8e98019-a56d-457d-8cf6-e337332e18eb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 86.0 from 21 responses", "version": 18, "sequence": 203, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4020-af6e-78f7825f6eb7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2666d962-abef-4fa3-8fc5-3f6f0afc39a7', '{"id": "2666d962-abef-4fa3-8fc5-3f6f0afc39a7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 64.0 from 52 responses", "version": 19, "sequence": 204, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-44c5-ae95-772c854df17c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9813f94f-a332-4263-bdfc-162d3c3bd970', '{"id": "9813f94f-a332-4263-bdfc-162d3c3bd970", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 190 interactions, 68 customers reached", "version": 20, "sequence": 205, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4084-ba48-a56e7efec539', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e66155ba-e4aa-4698-ae07-d6adf9f5fefc', '{"id": "e66155ba-e4aa-4698-ae07-d6adf9f5fefc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 637 interactions, 212 customers reached", "version": 21, "sequence": 206, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-49bc-9b27-aca24e1dcd8a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0f30056f-0594-4a3c-b8cd-af8ca58c05e3', '{"id": "0f30056f-0594-4a3c-b8cd-af8ca58c05e3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 164 interactions, 53 customers reached", "version": 22, "sequence": 207, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4082-b117-ce79d61abdbf', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'def71c6f-197c-40c0-846f-88c8a48ab22f', '{"id": "def71c6f-197c-40c0-846f-88c8a48ab22f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 531 interactions, 220 customers reached", "version": 23, "sequence": 208, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4a89-a92a-c910bbdb02f0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c9fd5793-7539-4816-92fb-be1ad91ad3de', '{"id": "c9fd5793-7539-4816-92fb-be1ad91ad3de", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 155 interactions, 54 customers reached", "version": 24, "sequence": 209, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4079-86c7-ba78a77f0e7b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bfc853ef-c7dc-41d7-82d9-0cd835fe180a', '{"id": "bfc853ef-c7dc-41d7-82d9-0cd835fe180a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 512 interactions, 166 customers reached", "version": 25, "sequence": 210, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-4d04-8db4-a8a308bcdf67', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '58acb4de-80e8-4f1e-a284-568fd7d3dbe3', '{"id": "58acb4de-80e8-4f1e-a284-568fd7d3dbe3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 85.0 from 29 responses", "version": 26, "sequence": 211, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986b-43a7-af5a-372662f45d28', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '56cab933-7e2d-4b6e-9beb-d313ffe1fe0b', '{"id": "56cab933-7e2d-4b6e-9beb-d313ffe1fe0b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 62.0 from 57 responses", "version": 27, "sequence": 212, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4125-893a-806075a4097c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1078e923-da56-41e9-8944-3a30e38e59fc', '{"id": "1078e923-da56-41e9-8944-3a30e38e59fc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 138 interactions, 45 customers reached", "version": 28, "sequence": 213, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a66-957b-7142c8a847a0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'dd3b3ea8-497b-46ab-ab38-5f301058565c', '{"id": "dd3b3ea8-497b-46ab-ab38-5f301058565c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 389 interactions, 163 customers reached", "version": 29, "sequence": 214, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-42c4-a208-1c0ce51148e3', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b129f747-ed65-4f8e-9e6d-8e1a051aa817', '{"id": "b129f747-ed65-4f8e-9e6d-8e1a051aa817", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 121 interactions, 38 customers reached", "version": 30, "sequence": 215, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4d7f-8b07-550adb4653fa', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '192ee524-d738-4692-ba68-fd694ebb8b4e', '{"id": "192ee524-d738-4692-ba68-fd694ebb8b4e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 307 interactions, 127 customers reached", "version": 31, "sequence": 216, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4939-b72f-fbb33d92ccad', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '18c3fbda-5cc7-4274-8695-a541383e681a', '{"id": "18c3fbda-5cc7-4274-8695-a541383e681a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 99 interactions, 30 customers reached", "version": 32, "sequence": 217, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4e8f-9957-41d1afc00c53', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '05664346-9d2b-48a3-a4bb-9adcd0c1a7c6', '{"id": "05664346-9d2b-48a3-a4bb-9adcd0c1a7c6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 348 interactions, 115 customers reached", "version": 33, "sequence": 218, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4b5a-a0c2-e1d1bc213ea9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'acec34db-1dcd-4225-9750-94bd3aff9e85', '{"id": "acec34db-1dcd-4225-9750-94bd3aff9e85", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 89.0 from 24 responses", "version": 34, "sequence": 219, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4921-9c9d-3d25d0f48849', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a5241371-2dc2-4fa3-bf27-787cf9be57a7', '{"id": "a5241371-2dc2-4fa3-bf27-787cf9be57a7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 63.0 from 41 responses", "version": 35, "sequence": 220, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4022-ace3-a8c353682150', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b60716bd-f973-4d16-b68c-2b7802870bb2', '{"id": "b60716bd-f973-4d16-b68c-2b7802870bb2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 103 interactions, 40 customers reached", "version": 36, "sequence": 221, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ec4-ba13-ec07136fed9a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1a67eeb4-0c55-4cf3-b9e1-ea801f5d0228', '{"id": "1a67eeb4-0c55-4cf3-b9e1-ea801f5d0228", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 335 interactions, 129 customers reached", "version": 37, "sequence": 222, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-47c8-87ec-ee2a5c76cf36', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'dbbce0c2-ebf2-4a1f-95cd-1979fed0df7f', '{"id": "dbbce0c2-ebf2-4a1f-95cd-1979fed0df7f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 140 interactions, 43 customers reached", "version": 38, "sequence": 223, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4283-82cf-e29e371753ce', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8d2c9cd3-3d61-4cbe-a576-26b1bff44bc5', '{"id": "8d2c9cd3-3d61-4cbe-a576-26b1bff44bc5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 391 interactions, 170 customers reached", "version": 39, "sequence": 224, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-41f9-bb57-a9092f716408', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8d064fdf-f6d9-4e83-959c-1c37d9456fe0', '{"id": "8d064fdf-f6d9-4e83-959c-1c37d9456fe0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 184 interactions, 54 customers reached", "version": 40, "sequence": 225, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c80-82a4-df2cd6fa9f8b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '072b2d97-542a-44e2-8635-04b70439c59e', '{"id": "072b2d97-542a-44e2-8635-04b70439c59e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 496 interactions, 195 customers reached", "version": 41, "sequence": 226, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-40c7-87e0-4494b32fd635', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '549cbfd9-b3bb-47a4-8a8d-778c2428e424', '{"id": "549cbfd9-b3bb-47a4-8a8d-778c2428e424", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 81.0 from 25 responses", "version": 42, "sequence": 227, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4674-928d-fa9c269450b4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3bd8203c-741b-4c86-a4da-88fcf6d6c64e', '{"id": "3bd8203c-741b-4c86-a4da-88fcf6d6c64e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 68.0 from 46 responses", "version": 43, "sequence": 228, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4df7-8c46-576488dcd4a9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd48c63c1-ca80-4a8d-a52c-6ab97066c8de', '{"id": "d48c63c1-ca80-4a8d-a52c-6ab97066c8de", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 203 interactions, 62 customers reached", "version": 44, "sequence": 229, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-41a4-901e-5a6081ef8f2b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bde160b0-3f96-441b-95fc-ef89c66a9f62', '{"id": "bde160b0-3f96-441b-95fc-ef89c66a9f62", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 570 interactions, 226 customers reached", "version": 45, "sequence": 230, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-47a2-87b2-a3cc0394780a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd1769578-6da3-4f84-b0e7-be8cc08a7828', '{"id": "d1769578-6da3-4f84-b0e7-be8cc08a7828", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 212 interactions, 67 customers reached", "version": 46, "sequence": 231, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4cf7-a3dd-26d630cd9622', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '628583db-cb97-40a3-adeb-0a01ff75d0ac', '{"id": "628583db-cb97-40a3-adeb-0a01ff75d0ac", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 738 interactions, 244 customers reached", "version": 47, "sequence": 232, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-40db-8df5-02a919680a80', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fd0c681e-6e80-4678-988d-0d9b179e07ec', '{"id": "fd0c681e-6e80-4678-988d-0d9b179e07ec", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 257 interactions, 75 customers reached", "version": 48, "sequence": 233, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4972-a62b-fc3cad0e66b4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c425f38d-df8b-487d-9ece-cec292968281', '{"id": "c425f38d-df8b-487d-9ece-cec292968281", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 757 interactions, 291 customers reached", "version": 49, "sequence": 234, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4d0e-a931-4308b1892096', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7823b58b-9ea1-4bf9-a1a9-92c9e39b56aa', '{"id": "7823b58b-9ea1-4bf9-a1a9-92c9e39b56aa", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 85.0 from 20 responses", "version": 50, "sequence": 235, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-47a2-88e8-3f734c1f580f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '68caf129-2b60-43d4-b272-ef20a4428f7f', '{"id": "68caf129-2b60-43d4-b272-ef20a4428f7f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 62.0 from 48 responses", "version": 51, "sequence": 236, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-41eb-8728-442a7900883f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4967c76c-8903-415f-8cb1-d92caf3b6ce1', '{"id": "4967c76c-8903-415f-8cb1-d92caf3b6ce1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 219 interactions, 73 customers reached", "version": 52, "sequence": 237, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-43b3-ad41-36d1486f97c2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '701ad833-997f-4291-9649-8a56328e2f2a', '{"id": "701ad833-997f-4291-9649-8a56328e2f2a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 653 interactions, 288 customers reached", "version": 53, "sequence": 238, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4eea-a349-4d83c76a1351', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ce8afb62-2cac-4e84-8da6-151a5b63681e', '{"id": "ce8afb62-2cac-4e84-8da6-151a5b63681e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 192 interactions, 73 customers reached", "version": 54, "sequence": 239, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4822-a970-776b09849365', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5633dfaf-4292-4e88-a70b-ecda247cb121', '{"id": "5633dfaf-4292-4e88-a70b-ecda247cb121", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 585 interactions, 223 customers reached", "version": 55, "sequence": 240, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a2f-9ea4-f358ec94fa96', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '66310c77-8b6e-4399-874d-3da42ec88625', '{"id": "66310c77-8b6e-4399-874d-3da42ec88625", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 187 interactions, 55 customers reached", "version": 56, "sequence": 241, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4585-adb6-285372f420ec', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7a6169df-7ef7-455e-b961-9e5a94525715', '{"id": "7a6169df-7ef7-455e-b961-9e5a94525715", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 542 interactions, 187 customers reached", "version": 57, "sequence": 242, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a2b-883b-a117ab3d9525', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '496bcc96-8395-4c3d-aca4-f878e79209ba', '{"id": "496bcc96-8395-4c3d-aca4-f878e79209ba", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 84.0 from 24 responses", "version": 58, "sequence": 243, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-418b-9727-02cbe1ecb96e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '087e335c-6645-4aa7-9404-fa0b2db58583', '{"id": "087e335c-6645-4aa7-9404-fa0b2db58583", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 64.0 from 56 responses", "version": 59, "sequence": 244, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "satisfaction_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4fd0-8eeb-2049ffaa4488', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '26abc107-7fde-484d-90b3-118089f97c3a', '{"id": "26abc107-7fde-484d-90b3-118089f97c3a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 163 interactions, 48 customers reached", "version": 60, "sequence": 245, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4f88-8fd4-5248191f73c2', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '211ec954-462e-4205-887e-b71c8176667c', '{"id": "211ec954-462e-4205-887e-b71c8176667c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 412 interactions, 163 customers reached", "version": 61, "sequence": 246, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "usage_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4323-97d6-9cbbf41e071c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3a147437-8c38-4046-8aec-8371c98e4ec2', '{"id": "3a147437-8c38-4046-8aec-8371c98e4ec2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-01: revenue 24,884.34, 2 new customers, 1 lost customer, 41 active customers at month end", "version": 62, "sequence": 247, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a7a-a52e-81bc8f396104', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'facea3cb-816b-4033-8e8b-7901ffc2431e', '{"id": "facea3cb-816b-4033-8e8b-7901ffc2431e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-02: revenue 30,970.70, 3 new customers, 1 lost customer, 43 active customers at month end", "version": 63, "sequence": 248, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4e0e-9b9c-8f5f2d9a9466', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f4adc7ab-9e92-41b9-8872-2a0c884ebb32', '{"id": "f4adc7ab-9e92-41b9-8872-2a0c884ebb32", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-03: revenue 43,554.93, 3 new customers, 1 lost customer, 45 active customers at month end", "version": 64, "sequence": 249, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4b12-a216-45028d193694', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1ba919fd-2489-43eb-b485-935d97263eed', '{"id": "1ba919fd-2489-43eb-b485-935d97263eed", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-04: revenue 54,086.21, 4 new customers, 2 lost customers, 47 active customers at month end", "version": 65, "sequence": 250, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c12-aa16-5c94db3dcc8e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f7208e1d-49ba-45dd-861a-a5062620031e', '{"id": "f7208e1d-49ba-45dd-861a-a5062620031e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-05: revenue 58,353.87, 5 new customers, 2 lost customers, 50 active customers at month end", "version": 66, "sequence": 251, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-40f9-8e54-d3c2466ae8a9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c232b404-ea61-489e-8371-1c26ad5bc67f', '{"id": "c232b404-ea61-489e-8371-1c26ad5bc67f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-06: revenue 70,752.84, 5 new customers, 3 lost customers, 52 active customers at month end", "version": 67, "sequence": 252, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4533-9873-2c1a01a9c620', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '83554c21-a4fa-4272-96aa-08ec03df2c73', '{"id": "83554c21-a4fa-4272-96aa-08ec03df2c73", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-07: revenue 70,614.41, 5 new customers, 2 lost customers, 55 active customers at month end", "version": 68, "sequence": 253, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-44e4-afc1-bfdced55a8a7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '987e274e-1b98-41ef-8056-0f71720bfd21', '{"id": "987e274e-1b98-41ef-8056-0f71720bfd21", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-08: revenue 69,929.81, 4 new customers, 2 lost customers, 57 active customers at month end", "version": 69, "sequence": 254, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4145-96cf-7953da4d6cb4', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3405e655-cc0b-43b0-8571-c6d324c1aa70', '{"id": "3405e655-cc0b-43b0-8571-c6d324c1aa70", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-09: revenue 64,435.74, 4 new customers, 2 lost customers, 59 active customers at month end", "version": 70, "sequence": 255, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4d01-8680-3fe4e3eee2d8', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7efeff67-ba48-4be6-8b80-304197452350', '{"id": "7efeff67-ba48-4be6-8b80-304197452350", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-10: revenue 46,775.12, 3 new customers, 1 lost customer, 61 active customers at month end", "version": 71, "sequence": 256, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4953-b8af-034eeeb0d8d7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '01a8dee0-9c7e-4e06-8116-b487a3c4ce5c', '{"id": "01a8dee0-9c7e-4e06-8116-b487a3c4ce5c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-11: revenue 44,065.79, 3 new customers, 1 lost customer, 63 active customers at month end", "version": 72, "sequence": 257, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-477f-9bac-74c576dff609', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '970667d0-35b7-4f1d-9fe5-234719a4793d', '{"id": "970667d0-35b7-4f1d-9fe5-234719a4793d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-12: revenue 44,154.20, 3 new customers, 1 lost customer, 65 active customers at month end", "version": 73, "sequence": 258, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ded-8be6-a14a6b32ead9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9982dfb6-b7b4-4960-98d6-d16845b8432b', '{"id": "9982dfb6-b7b4-4960-98d6-d16845b8432b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-01: revenue 53,234.72, 3 new customers, 1 lost customer, 67 active customers at month end", "version": 74, "sequence": 259, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4357-8dc0-3b8564fd432c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a2376250-0c56-47a9-9dfa-91b8ba2ce967', '{"id": "a2376250-0c56-47a9-9dfa-91b8ba2ce967", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-02: revenue 64,663.91, 3 new customers, 1 lost customer, 69 active customers at month end", "version": 75, "sequence": 260, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ec6-95fe-21cb6d685d7b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ae739bf8-675d-49fa-baa2-96b7c91aff09', '{"id": "ae739bf8-675d-49fa-baa2-96b7c91aff09", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-03: revenue 76,644.75, 4 new customers, 2 lost customers, 71 active customers at month end", "version": 76, "sequence": 261, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a13-871f-2092eba20e3e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '45a48c43-7d5d-485c-8821-667cfd0b913d', '{"id": "45a48c43-7d5d-485c-8821-667cfd0b913d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-04: revenue 88,025.35, 5 new customers, 3 lost customers, 73 active customers at month end", "version": 77, "sequence": 262, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4b91-a0f1-0f0235869321', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '454b1b99-4188-4100-b886-f5a8252b92c0', '{"id": "454b1b99-4188-4100-b886-f5a8252b92c0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-05: revenue 105,696.74, 6 new customers, 2 lost customers, 77 active customers at month end", "version": 78, "sequence": 263, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4110-bf18-fa736e087d9b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '290c763d-9de4-413e-91bc-88940ada983b', '{"id": "290c763d-9de4-413e-91bc-88940ada983b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-06: revenue 119,157.56, 6 new customers, 3 lost customers, 80 active customers at month end", "version": 79, "sequence": 264, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4fcd-ac65-3433f3df6b1f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd594e9d8-e0fd-47b6-9ddb-27abea380197', '{"id": "d594e9d8-e0fd-47b6-9ddb-27abea380197", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-07: revenue 120,915.72, 6 new customers, 3 lost customers, 83 active customers at month end", "version": 80, "sequence": 265, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-48fa-9e6b-94800b653115', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a0d6acbf-ab30-43d9-9909-f06997615ae0', '{"id": "a0d6acbf-ab30-43d9-9909-f06997615ae0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-08: revenue 122,586.47, 5 new customers, 3 lost customers, 85 active customers at month end", "version": 81, "sequence": 266, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ff2-84d5-b0e39ea76df0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '56bb053d-afda-41ed-8949-05ede1ce47b3', '{"id": "56bb053d-afda-41ed-8949-05ede1ce47b3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-09: revenue 111,912.64, 4 new customers, 2 lost customers, 87 active customers at month end", "version": 82, "sequence": 267, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-458b-826c-e9577f9d508b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '127488cb-be6c-4dbe-83ed-dc6cb9266ac6', '{"id": "127488cb-be6c-4dbe-83ed-dc6cb9266ac6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-10: revenue 88,512.65, 4 new customers, 2 lost customers, 89 active customers at month end", "version": 83, "sequence": 268, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "segment_outcome_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ac1-a658-6d499c43ab86', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ce3d2744-418c-4343-9341-a3ca9dd97d79', '{"id": "ce3d2744-418c-4343-9341-a3ca9dd97d79", "user": "demo-loader", "reason": "LeaseCo price increase", "stream": "segment", "summary": "Cost revised to 2,500.00/month + 4.60 per interaction", "version": 84, "sequence": 269, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "cost_revised", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-15", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-45cc-8ed0-528d1f28a37e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cb8c84b5-b3da-4f51-af3e-af6e9ee07b65', '{"id": "cb8c84b5-b3da-4f51-af3e-af6e9ee07b65", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Linked to keyPartnerships: LeaseCo runs first-line support", "version": 85, "sequence": 270, "streamId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "eventType": "integration_linked", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.544917+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a66-b501-301cc835736a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '86fdcada-be30-4de1-a834-d144263a394c', '{"id": "86fdcada-be30-4de1-a834-d144263a394c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Families'' defined with objective acquisition", "version": 1, "sequence": 271, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_defined", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a9e-80e5-acf5e9fa7784', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '13f1512b-44db-4a76-9fc3-650ee171cf2f', '{"id": "13f1512b-44db-4a76-9fc3-650ee171cf2f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects personalAssistance (importance 3)", "version": 2, "sequence": 272, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "expectation_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-48f1-b37a-32262e0cf60e', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6ae4942e-2d83-4b76-aa58-83334b6b78db', '{"id": "6ae4942e-2d83-4b76-aa58-83334b6b78db", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects selfService (importance 3)", "version": 3, "sequence": 273, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "expectation_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-47df-b98b-98ad41b90788', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4c30f225-9312-46b3-8ef7-237bf051bdc2', '{"id": "4c30f225-9312-46b3-8ef7-237bf051bdc2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established personalAssistance ''In-store family advice'' at 2,600.00 EUR/month + 3.10 per interaction", "version": 4, "sequence": 274, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "relationship_established", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-483d-beb3-c8dd36ce5eed', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6454309e-71a2-400a-a4b3-58e45396b195', '{"id": "6454309e-71a2-400a-a4b3-58e45396b195", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 285 interactions, 204 customers reached", "version": 5, "sequence": 275, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4714-83ab-b5d2515f2ec6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f621b814-15ce-475e-bb75-a6efc13ac2e6', '{"id": "f621b814-15ce-475e-bb75-a6efc13ac2e6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 335 interactions, 241 customers reached", "version": 6, "sequence": 276, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4d5e-a321-1144af243aa6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6d293817-4d6f-47cc-baba-cd4881e13ab7', '{"id": "6d293817-4d6f-47cc-baba-cd4881e13ab7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 408 interactions, 313 customers reached", "version": 7, "sequence": 277, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-46d1-9ff5-b44a5b660080', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '83f8777b-3977-462f-8969-4eafc98d8973', '{"id": "83f8777b-3977-462f-8969-4eafc98d8973", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 84.0 from 90 responses", "version": 8, "sequence": 278, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4883-b8e6-9fa6e4f616a6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5aafdb2d-3fa9-4e4a-a619-6df88d9d48a9', '{"id": "5aafdb2d-3fa9-4e4a-a619-6df88d9d48a9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 461 interactions, 339 customers reached", "version": 9, "sequence": 279, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ec1-b4b6-62ad5c0d5f1d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6ec8fa7c-e110-4943-b501-98f5a6f1e731', '{"id": "6ec8fa7c-e110-4943-b501-98f5a6f1e731", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 523 interactions, 389 customers reached", "version": 10, "sequence": 280, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4173-8608-9b46cdfeffa6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd2c33994-9783-4083-b392-0deda25f0ee0', '{"id": "d2c33994-9783-4083-b392-0deda25f0ee0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 581 interactions, 436 customers reached", "version": 11, "sequence": 281, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4bec-b007-170405243484', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c48329bb-1adf-4b84-b46f-553c1538e246', '{"id": "c48329bb-1adf-4b84-b46f-553c1538e246", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 84.0 from 120 responses", "version": 12, "sequence": 282, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-437c-96db-6d9a0bb74b3f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '24fca253-9b57-4aaa-b645-c7dffb08f560', '{"id": "24fca253-9b57-4aaa-b645-c7dffb08f560", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 567 interactions, 462 customers reached", "version": 13, "sequence": 283, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4b46-b38c-b2b655858e33', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '92f21ee9-10e2-40a2-95c4-60eb6af6bf39', '{"id": "92f21ee9-10e2-40a2-95c4-60eb6af6bf39", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 531 interactions, 390 customers reached", "version": 14, "sequence": 284, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-47a3-8acc-e9178d1cb393', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b5d1f26c-36aa-478a-8254-a8314fc90c67', '{"id": "b5d1f26c-36aa-478a-8254-a8314fc90c67", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 425 interactions, 345 customers reached", "version": 15, "sequence": 285, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4d84-a2a7-40ad9447e48b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f3eb3171-3666-42e5-a788-1e1134b298c2', '{"id": "f3eb3171-3666-42e5-a788-1e1134b298c2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 79.0 from 124 responses", "version": 16, "sequence": 286, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4431-8723-0adfe1707de8', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6dd8f716-5954-4b02-84dd-7b602694d5f5', '{"id": "6dd8f716-5954-4b02-84dd-7b602694d5f5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 343 interactions, 279 customers reached", "version": 17, "sequence": 287, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ed7-ac8e-539be6f8ab75', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ed75a14e-483e-4200-a0b7-1e0fbe3cb14c', '{"id": "ed75a14e-483e-4200-a0b7-1e0fbe3cb14c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 278 interactions, 225 customers reached", "version": 18, "sequence": 288, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4278-8653-954ecdeefe49', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '88f5b225-ad0c-42f1-8b19-b72215889726', '{"id": "88f5b225-ad0c-42f1-8b19-b72215889726", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 271 interactions, 245 customers reached", "version": 19, "sequence": 289, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4925-895e-d31a04559db6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd169b32d-314b-4dd2-b881-1e5324d42570', '{"id": "d169b32d-314b-4dd2-b881-1e5324d42570", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 78.0 from 118 responses", "version": 20, "sequence": 290, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-448b-890e-4866f7fd27ef', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1e11654b-af6b-414a-9a78-cb3d15ad757f', '{"id": "1e11654b-af6b-414a-9a78-cb3d15ad757f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 311 interactions, 241 customers reached", "version": 21, "sequence": 291, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4417-bb16-8bea8b5e0b95', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '634fe3a0-eff6-4f5e-89b3-5daa48fa8110', '{"id": "634fe3a0-eff6-4f5e-89b3-5daa48fa8110", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 392 interactions, 321 customers reached", "version": 22, "sequence": 292, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4e88-a98e-c3a75f922b57', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '61e94410-436d-4698-9620-db48558db29e', '{"id": "61e94410-436d-4698-9620-db48558db29e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 459 interactions, 383 customers reached", "version": 23, "sequence": 293, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4826-b29f-6ca81700ff27', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ca6e567f-1739-46db-8ce1-a6a12446eb27', '{"id": "ca6e567f-1739-46db-8ce1-a6a12446eb27", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 78.0 from 115 responses", "version": 24, "sequence": 294, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c25-8fde-9c69caeb9333', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '86f7cca6-0fdc-49ad-ae94-ca221953a809', '{"id": "86f7cca6-0fdc-49ad-ae94-ca221953a809", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 492 interactions, 417 customers reached", "version": 25, "sequence": 295, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4849-bb53-9b7b0062581c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2e67e2da-38f7-4143-99f7-fe6e330a58fd', '{"id": "2e67e2da-38f7-4143-99f7-fe6e330a58fd", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 616 interactions, 456 customers reached", "version": 26, "sequence": 296, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4575-a016-44d4b9161e33', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5e846545-8da6-4737-b672-cccce03d16b6', '{"id": "5e846545-8da6-4737-b672-cccce03d16b6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 694 interactions, 529 customers reached", "version": 27, "sequence": 297, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4afe-9178-e2630373b4f3', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '366b84e9-f217-4eff-8b80-36cc57f4d636', '{"id": "366b84e9-f217-4eff-8b80-36cc57f4d636", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 85.0 from 93 responses", "version": 28, "sequence": 298, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c09-a929-542662ce2083', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '251be432-38b3-4400-b257-90c5c0b16c0c', '{"id": "251be432-38b3-4400-b257-90c5c0b16c0c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 664 interactions, 466 customers reached", "version": 29, "sequence": 299, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-44b1-a929-c50ffa59dfa8', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '79398bf4-d01d-421d-873e-8cca65fc2d99', '{"id": "79398bf4-d01d-421d-873e-8cca65fc2d99", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 623 interactions, 452 customers reached", "version": 30, "sequence": 300, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4628-acea-4508469fd4bf', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '95330059-7939-46fa-a420-f843b91916dc', '{"id": "95330059-7939-46fa-a420-f843b91916dc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 456 interactions, 363 customers reached", "version": 31, "sequence": 301, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4347-a4ad-686f5e8a4c15', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7a5f7d76-35b2-4534-a1b2-ab7023f291d1', '{"id": "7a5f7d76-35b2-4534-a1b2-ab7023f291d1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 77.0 from 103 responses", "version": 32, "sequence": 302, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "satisfaction_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-47fa-9e14-d7d7d49a4703', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2390a8a9-ac39-4cc5-b0c8-8b29778dff91', '{"id": "2390a8a9-ac39-4cc5-b0c8-8b29778dff91", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 406 interactions, 338 customers reached", "version": 33, "sequence": 303, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "usage_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4411-b2f9-d214af37a2f9', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '232b5aa2-c33f-4d11-95d7-75b50966c61c', '{"id": "232b5aa2-c33f-4d11-95d7-75b50966c61c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-01: revenue 1,142.81, 16 new customers, 13 lost customers, 303 active customers at month end", "version": 34, "sequence": 304, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-44a9-957a-07896623affa', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '49956abe-d7dc-45d8-a036-9f11c4e83e00', '{"id": "49956abe-d7dc-45d8-a036-9f11c4e83e00", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-02: revenue 1,620.45, 21 new customers, 17 lost customers, 307 active customers at month end", "version": 35, "sequence": 305, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4308-9c5f-5f75cfa24cc0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'eb8ca9dc-d8e9-473f-8661-18e2da2522cd', '{"id": "eb8ca9dc-d8e9-473f-8661-18e2da2522cd", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-03: revenue 1,757.47, 24 new customers, 20 lost customers, 311 active customers at month end", "version": 36, "sequence": 306, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4b9c-9f12-386e59053428', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '50db7925-88a2-40fb-9d3a-161ea9c2ee30', '{"id": "50db7925-88a2-40fb-9d3a-161ea9c2ee30", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-04: revenue 2,267.43, 30 new customers, 22 lost customers, 319 active customers at month end", "version": 37, "sequence": 307, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-48f9-9690-926a1c2a2da0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '84e8ca6d-9c42-4009-bb13-180755b2b1f9', '{"id": "84e8ca6d-9c42-4009-bb13-180755b2b1f9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-05: revenue 2,521.68, 35 new customers, 25 lost customers, 329 active customers at month end", "version": 38, "sequence": 308, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-466f-af98-50e848620a3d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0b3eb309-17b7-4619-b02d-27317d21ec4d', '{"id": "0b3eb309-17b7-4619-b02d-27317d21ec4d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-06: revenue 2,669.11, 35 new customers, 30 lost customers, 334 active customers at month end", "version": 39, "sequence": 309, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4b65-bd2f-a37ad3c723ad', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '795bb3eb-f52d-43f4-922e-2deaefd3444f', '{"id": "795bb3eb-f52d-43f4-922e-2deaefd3444f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-07: revenue 2,766.34, 37 new customers, 27 lost customers, 344 active customers at month end", "version": 40, "sequence": 310, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4fae-9b1b-173991580f7d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e4e4f33a-1bc3-4787-99ef-115a3fc74efa', '{"id": "e4e4f33a-1bc3-4787-99ef-115a3fc74efa", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-08: revenue 2,392.44, 33 new customers, 25 lost customers, 352 active customers at month end", "version": 41, "sequence": 311, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4ae9-860d-04a8fd970996', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '60c14382-ed7b-497b-86f7-39477bdeba8d', '{"id": "60c14382-ed7b-497b-86f7-39477bdeba8d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-09: revenue 2,154.09, 25 new customers, 20 lost customers, 357 active customers at month end", "version": 42, "sequence": 312, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c23-a666-41260361e42d', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '631bfaed-f69f-4c49-857a-336caa0eab62', '{"id": "631bfaed-f69f-4c49-857a-336caa0eab62", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-10: revenue 1,688.93, 23 new customers, 17 lost customers, 363 active customers at month end", "version": 43, "sequence": 313, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c54-bda1-4091158a33c6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '793c7e60-a7ac-4346-b473-0c349886402b', '{"id": "793c7e60-a7ac-4346-b473-0c349886402b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-11: revenue 1,332.92, 18 new customers, 14 lost customers, 367 active customers at month end", "version": 44, "sequence": 314, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4a86-9cea-93b9f4f7749f', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'be13bc75-ef75-4ac3-824e-581c67d6bf5c', '{"id": "be13bc75-ef75-4ac3-824e-581c67d6bf5c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2025-12: revenue 1,492.78, 20 new customers, 16 lost customers, 371 active customers at month end", "version": 45, "sequence": 315, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4c7f-9c1f-d6badb59d75a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a219ce01-1a96-43ea-a9e7-e3159f0922f0', '{"id": "a219ce01-1a96-43ea-a9e7-e3159f0922f0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-01: revenue 1,570.22, 22 new customers, 15 lost customers, 378 active customers at month end", "version": 46, "sequence": 316, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4669-9d9f-bd159f4b7a1a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8d8f2e40-cfa6-47e6-ab2b-9ea66ef85e2c', '{"id": "8d8f2e40-cfa6-47e6-ab2b-9ea66ef85e2c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-02: revenue 1,918.51, 25 new customers, 21 lost customers, 382 active customers at month end", "version": 47, "sequence": 317, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-444c-83a1-492e49b250df', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b5e3bb2f-22ea-4b96-bc5e-1c97eed1c40c', '{"id": "b5e3bb2f-22ea-4b96-bc5e-1c97eed1c40c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-03: revenue 2,052.55, 27 new customers, 23 lost customers, 386 active customers at month end", "version": 48, "sequence": 318, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4d12-a904-53422920f7de', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c030a6c1-7e4b-44fb-8046-dd586e1f335b', '{"id": "c030a6c1-7e4b-44fb-8046-dd586e1f335b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-04: revenue 2,368.74, 34 new customers, 27 lost customers, 393 active customers at month end", "version": 49, "sequence": 319, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-435d-941f-ed502a98a41a', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2a4e5fdb-1cb0-41bc-8915-f17c0e8ffb04', '{"id": "2a4e5fdb-1cb0-41bc-8915-f17c0e8ffb04", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-05: revenue 3,158.38, 38 new customers, 30 lost customers, 401 active customers at month end", "version": 50, "sequence": 320, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4dd4-b48f-4da62ef15216', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd526a697-3b4c-40da-86ef-1c733cbdcfab', '{"id": "d526a697-3b4c-40da-86ef-1c733cbdcfab", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-06: revenue 2,914.32, 39 new customers, 35 lost customers, 405 active customers at month end", "version": 51, "sequence": 321, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-42dd-9a8c-cbb360fca50c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '24551379-32f3-4698-a62d-63bf8af5bafa', '{"id": "24551379-32f3-4698-a62d-63bf8af5bafa", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Outcome 2026-07: revenue 400.00, 0 new customers, 405 lost customers, 0 active customers at month end", "version": 52, "sequence": 322, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_outcome_recorded", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-40a4-b353-9e52f38df620', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '96a0c3cb-2a2b-4019-97d7-94063d2f4198', '{"id": "96a0c3cb-2a2b-4019-97d7-94063d2f4198", "user": "demo-loader", "reason": "Families merged into Commuters", "stream": "segment", "summary": "Segment discontinued", "version": 53, "sequence": 323, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "segment_discontinued", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4174-a93b-37f3c56f774c', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cfe94756-9343-4365-b152-2a7c34a664d5', '{"id": "cfe94756-9343-4365-b152-2a7c34a664d5", "user": "demo-loader", "reason": "Segment discontinued: Families merged into Commuters", "stream": "segment", "summary": "Relationship retired", "version": 54, "sequence": 324, "streamId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "eventType": "relationship_retired", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "recordedAt": "2026-11-27T22:08:24.544974+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-446c-9d65-5d01b72dc5ea', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '47894f33-fe0c-4533-a483-c7cdb0617ee8', '{"id": "47894f33-fe0c-4533-a483-c7cdb0617ee8", "user": "demo-loader", "reason": null, "stream": "review", "summary": "Review of 2025-Q4 opened: Year-end strategy review", "version": 1, "sequence": 325, "streamId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "eventType": "review_opened", "segmentId": null, "recordedAt": "2026-11-27T22:08:24.545031+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-986c-4460-b5c9-513c8bc2feb7', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2b306983-1284-4728-bd47-bba713fd8bf1', '{"id": "2b306983-1284-4728-bd47-bba713fd8bf1", "user": "demo-loader", "reason": null, "stream": "review", "summary": "External factor competitor (high): Direct-to-consumer brands undercut on price", "version": 2, "sequence": 326, "streamId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "eventType": "environment_factor_recorded", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.545031+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-9924-47bf-8340-cc99a1d4d447', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd7444c36-929a-48a3-8824-53b599619fe8', '{"id": "d7444c36-929a-48a3-8824-53b599619fe8", "user": "demo-loader", "reason": null, "stream": "review", "summary": "Internal factor financialConstraint (medium): Marketing budget cut by 10 %", "version": 3, "sequence": 327, "streamId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "eventType": "environment_factor_recorded", "segmentId": null, "recordedAt": "2026-11-27T22:08:24.545031+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-9924-45f4-be52-a4ad7163e821', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '658c9110-fced-482c-bef8-9c705fbbb519', '{"id": "658c9110-fced-482c-bef8-9c705fbbb519", "user": "demo-loader", "reason": "Commuter base is loyal; grow accessories", "stream": "review", "summary": "Objective changed from retention to boostingSales", "version": 4, "sequence": 328, "streamId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "eventType": "objective_revisited", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "recordedAt": "2026-11-27T22:08:24.545031+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-9924-46cb-9f22-b2168c176323', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '84cf5fff-f58e-4f41-b983-b5e7c68b3f28', '{"id": "84cf5fff-f58e-4f41-b983-b5e7c68b3f28", "user": "demo-loader", "reason": "Fleet accounts pay for their managers", "stream": "review", "summary": "Decision: keep", "version": 5, "sequence": 329, "streamId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "eventType": "decision_recorded", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "recordedAt": "2026-11-27T22:08:24.545031+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-99a5-48fa-93d2-9ce491c953c6', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e21ca086-3b8b-4af2-a2ba-d0beed3d2d7b', '{"id": "e21ca086-3b8b-4af2-a2ba-d0beed3d2d7b", "user": "demo-loader", "reason": "Grow accessories with commuters; keep fleet managers", "stream": "review", "summary": "Review closed at 2026-11-27T22:08:23Z; its pack is frozen", "version": 6, "sequence": 330, "streamId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "eventType": "review_closed", "segmentId": null, "recordedAt": "2026-11-27T22:08:24.545031+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:34.80555+00', '01a21f0d-99a5-43f0-987c-adcb4a4cad61', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '687edba5-ea66-4cf8-ad84-480058c43ad6', '{"id": "687edba5-ea66-4cf8-ad84-480058c43ad6", "user": null, "reason": null, "stream": "review", "summary": "Review of 2025-Q1 overdue since 2025-05-01", "version": 1, "sequence": 331, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T22:08:33.677881+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-31", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:35.034853+00', '01a21f0d-9ac9-4af7-9af2-1643d530386b', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5e71b559-faf9-4b23-b92a-6ae72f1a8998', '{"id": "5e71b559-faf9-4b23-b92a-6ae72f1a8998", "user": null, "reason": null, "stream": "review", "summary": "Review of 2025-Q2 overdue since 2025-07-31", "version": 2, "sequence": 332, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T22:08:33.677881+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:35.034853+00', '01a21f0d-9ac9-4b34-bd67-7d2b5e5cdba0', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e48dc7de-bff8-4cb3-9332-5e9bc573282b', '{"id": "e48dc7de-bff8-4cb3-9332-5e9bc573282b", "user": null, "reason": null, "stream": "review", "summary": "Review of 2025-Q3 overdue since 2025-10-31", "version": 3, "sequence": 333, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T22:08:33.677881+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:35.034853+00', '01a21f0d-9ac9-473a-9613-ffeb090ba611', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a762c039-d65b-48d6-a3a3-e5d666b3082e', '{"id": "a762c039-d65b-48d6-a3a3-e5d666b3082e", "user": null, "reason": null, "stream": "review", "summary": "Review of 2026-Q1 overdue since 2026-05-01", "version": 4, "sequence": 334, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T22:08:33.677881+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-31", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:35.034853+00', '01a21f0d-9ac9-4d7e-ba41-4e97d6a98e56', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4089f2a2-f0dd-44c4-9ed7-896c5bf3ec4f', '{"id": "4089f2a2-f0dd-44c4-9ed7-896c5bf3ec4f", "user": null, "reason": null, "stream": "review", "summary": "Review of 2026-Q2 overdue since 2026-07-31", "version": 5, "sequence": 335, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T22:08:33.677881+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:35.034853+00', '01a21f0d-9ac9-48b3-a149-a42707a06a51', 'Inventory.Api.Audit.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e1f9df89-11a3-4faf-9c1d-b01f4d7eca93', '{"id": "e1f9df89-11a3-4faf-9c1d-b01f4d7eca93", "user": null, "reason": null, "stream": "review", "summary": "Review of 2026-Q3 overdue since 2026-10-31", "version": 6, "sequence": 336, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T22:08:33.677881+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 22:08:35.034853+00', '01a21f0d-9ac9-4dd2-9b65-10d3996dbf89', 'Inventory.Api.Audit.AuditEntry');


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_doc_envelope; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_doc_idempotentanswer; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_doc_organization; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_organization VALUES ('default', '{"id": "default", "name": "Default organization", "currency": "EUR", "createdAt": "2026-11-27T22:08:18.1380166+00:00", "fiscalYearStartMonth": 1}', '2026-11-27 22:08:22.203683+00', '01a21f0d-6242-4fb8-a056-3199e67de6ae', 'Inventory.Api.Access.Organization');


--
-- Data for Name: mt_doc_reminderschedule; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_reminderschedule VALUES ('default', '{"id": "default", "nextPeriod": "2026-Q4"}', '2026-11-27 22:08:34.013233+00', '01a21f0d-9692-4856-bb5c-f502cc845c2b', 'Inventory.Api.Reviews.ReminderSchedule');


--
-- Data for Name: mt_doc_review; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_review VALUES ('default', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', '{"id": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "title": "Year-end strategy review", "period": "2025-Q4", "factors": [{"factor": "Competitor", "impact": "High", "factorId": "1735f4ac-d555-43ec-be7f-dfec46b56818", "internal": false, "segmentIds": ["9fa1ed72-7362-47c2-a426-62068d6eecf4"], "description": "Direct-to-consumer brands undercut on price"}, {"factor": "FinancialConstraint", "impact": "Medium", "factorId": "51f37bf7-fee2-417b-9dc8-458a5d25c399", "internal": true, "segmentIds": [], "description": "Marketing budget cut by 10 %"}], "summary": "Grow accessories with commuters; keep fleet managers", "closedAt": "2026-11-27T22:08:23.7205018+00:00", "isClosed": true, "decisions": [{"type": "DedicatedPersonalAssistance", "takenOn": null, "decision": "Keep", "appliedOn": null, "rationale": "Fleet accounts pay for their managers", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "decisionId": "ce6aae94-21e5-4825-8ca6-200a10710e57", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}], "periodEnd": "2025-12-31", "objectives": [{"previous": "Retention", "confirmed": false, "rationale": "Commuter base is loyal; grow accessories", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}], "periodStart": "2025-10-01"}', '2026-11-27 22:08:28.76598+00', 'Inventory.Domain.Reviews.Review', 6);


--
-- Data for Name: mt_doc_reviewcalendar; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_reviewcalendar VALUES ('default', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', '{"id": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "overdue": [{"dueAt": "2025-05-01T00:00:00+00:00", "period": "2025-Q1", "periodEnd": "2025-03-31", "organizationId": "default"}, {"dueAt": "2025-07-31T00:00:00+00:00", "period": "2025-Q2", "periodEnd": "2025-06-30", "organizationId": "default"}, {"dueAt": "2025-10-31T00:00:00+00:00", "period": "2025-Q3", "periodEnd": "2025-09-30", "organizationId": "default"}, {"dueAt": "2026-05-01T00:00:00+00:00", "period": "2026-Q1", "periodEnd": "2026-03-31", "organizationId": "default"}, {"dueAt": "2026-07-31T00:00:00+00:00", "period": "2026-Q2", "periodEnd": "2026-06-30", "organizationId": "default"}, {"dueAt": "2026-10-31T00:00:00+00:00", "period": "2026-Q3", "periodEnd": "2026-09-30", "organizationId": "default"}]}', '2026-11-27 22:08:34.013233+00', 'Inventory.Domain.Reviews.ReviewCalendar', 6);


--
-- Data for Name: mt_doc_reviewpack; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_doc_reviewperiodclaim; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_reviewperiodclaim VALUES ('default', '2025-Q4', '{"id": "2025-Q4", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7"}', '2026-11-27 22:08:28.76598+00', '01a21f0d-81a9-45d1-830f-c5e2011c6a3a', 'Inventory.Api.Reviews.ReviewPeriodClaim');


--
-- Data for Name: mt_doc_segmentportfolio; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '{"id": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "name": "Commuters", "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "Retention", "effectiveDate": "2025-01-01"}, {"rationale": "Commuter base is loyal; grow accessories", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}], "description": "Commuters of Northwind Cycles", "expectations": [{"type": "SelfService", "importance": 4, "effectiveDate": "2025-01-01"}, {"type": "AutomatedServices", "importance": 3, "effectiveDate": "2025-01-01"}, {"type": "Communities", "importance": 2, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "name": "Web shop and repair booking", "type": "SelfService", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 1800, "costPerInteraction": 0.04}, {"reason": "New hosting contract", "effectiveDate": "2026-01-01", "monthlyFixedCost": 2100, "costPerInteraction": 0.035}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Web", "MobileApp"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-01-01"}, {"owner": null, "phases": null, "reason": "Accessories shop opened in the web shop", "horizon": null, "channels": null, "provider": null, "motivations": ["BoostingSales"], "effectiveDate": "2026-01-01"}], "integrations": [], "establishedOn": "2025-01-01", "retirementReason": null}, {"id": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "name": "Ride app with service reminders", "type": "AutomatedServices", "costs": [{"reason": null, "effectiveDate": "2025-05-01", "monthlyFixedCost": 950, "costPerInteraction": 0.02}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["MobileApp"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-05-01"}], "integrations": [], "establishedOn": "2025-05-01", "retirementReason": null}], "statusChanges": [], "isDiscontinued": false, "discontinuation": null, "latestEffectiveDate": "2026-01-01"}', '2026-11-27 22:08:28.76598+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 84);
INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '{"id": "4d803b11-787d-495c-a103-ba20c9507793", "name": "Sport riders", "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "BoostingSales", "effectiveDate": "2025-01-01"}], "description": "Sport riders of Northwind Cycles", "expectations": [{"type": "PersonalAssistance", "importance": 5, "effectiveDate": "2025-01-01"}, {"type": "Communities", "importance": 4, "effectiveDate": "2025-01-01"}, {"type": "CoCreation", "importance": 2, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "444940c3-e91c-46f9-abff-d3d813653af9", "name": "Fitting studio", "type": "PersonalAssistance", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 5200, "costPerInteraction": 6.50}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["InPerson"], "provider": null, "motivations": ["BoostingSales"], "effectiveDate": "2025-01-01"}], "integrations": [{"note": "Trained fitters and the 3D fitting rig", "block": "KeyResources", "effectiveDate": "2025-01-01"}], "establishedOn": "2025-01-01", "retirementReason": null}, {"id": "d43f5a0a-401c-4874-8560-9529d9130c51", "name": "Saturday ride club", "type": "Communities", "costs": [{"reason": null, "effectiveDate": "2025-02-01", "monthlyFixedCost": 700, "costPerInteraction": 0}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Event", "SocialMedia"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-02-01"}, {"owner": "Community team", "phases": null, "reason": "Chat group added", "horizon": null, "channels": ["Event", "SocialMedia", "Chat"], "provider": null, "motivations": null, "effectiveDate": "2025-07-01"}], "integrations": [], "establishedOn": "2025-02-01", "retirementReason": null}, {"id": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "name": "Product test panel", "type": "CoCreation", "costs": [{"reason": null, "effectiveDate": "2025-10-01", "monthlyFixedCost": 400, "costPerInteraction": 12}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Web", "Event"], "provider": null, "motivations": ["BoostingSales", "Retention"], "effectiveDate": "2025-10-01"}], "integrations": [], "establishedOn": "2025-10-01", "retirementReason": null}], "statusChanges": [], "isDiscontinued": false, "discontinuation": null, "latestEffectiveDate": "2025-10-01"}', '2026-11-27 22:08:28.76598+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 101);
INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '{"id": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "name": "Corporate fleets", "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "Acquisition", "effectiveDate": "2025-01-01"}], "description": "Corporate fleets of Northwind Cycles", "expectations": [{"type": "DedicatedPersonalAssistance", "importance": 5, "effectiveDate": "2025-01-01"}, {"type": "ThirdParty", "importance": 2, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "07383738-57e5-451a-9ed3-c527f44ceaea", "name": "Fleet account managers", "type": "DedicatedPersonalAssistance", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 7400, "costPerInteraction": 18}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["InPerson", "Phone"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-01-01"}], "integrations": [], "establishedOn": "2025-01-01", "retirementReason": null}, {"id": "cd97463e-14c7-4235-b483-6a156616d810", "name": "Leasing partner service desk", "type": "ThirdParty", "costs": [{"reason": null, "effectiveDate": "2025-03-01", "monthlyFixedCost": 2100, "costPerInteraction": 4.20}, {"reason": "LeaseCo price increase", "effectiveDate": "2026-03-15", "monthlyFixedCost": 2500, "costPerInteraction": 4.60}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Phone", "Email"], "provider": "LeaseCo", "motivations": ["Acquisition"], "effectiveDate": "2025-03-01"}], "integrations": [{"note": "LeaseCo runs first-line support", "block": "KeyPartnerships", "effectiveDate": "2025-03-01"}], "establishedOn": "2025-03-01", "retirementReason": null}], "statusChanges": [], "isDiscontinued": false, "discontinuation": null, "latestEffectiveDate": "2026-03-15"}', '2026-11-27 22:08:28.76598+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 85);
INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '{"id": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "name": "Families", "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "Acquisition", "effectiveDate": "2025-01-01"}], "description": "Families of Northwind Cycles", "expectations": [{"type": "PersonalAssistance", "importance": 3, "effectiveDate": "2025-01-01"}, {"type": "SelfService", "importance": 3, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "name": "In-store family advice", "type": "PersonalAssistance", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 2600, "costPerInteraction": 3.10}], "retiredOn": "2026-07-01", "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["InPerson"], "provider": null, "motivations": ["Acquisition"], "effectiveDate": "2025-01-01"}], "integrations": [], "establishedOn": "2025-01-01", "retirementReason": "Segment discontinued: Families merged into Commuters"}], "statusChanges": [{"reason": "Families merged into Commuters", "discontinued": true, "effectiveDate": "2026-07-01"}], "isDiscontinued": true, "discontinuation": {"reason": "Families merged into Commuters", "discontinued": true, "effectiveDate": "2026-07-01"}, "latestEffectiveDate": "2026-07-01"}', '2026-11-27 22:08:28.76598+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 54);


--
-- Data for Name: mt_doc_websession; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_event_progression VALUES ('AuditTrail:All', 336, '2026-11-27 22:08:35.034853+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO inventory.mt_event_progression VALUES ('HighWaterAllocationFence', 336, '2026-11-27 22:09:20.800935+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO inventory.mt_event_progression VALUES ('HighWaterMark', 336, '2026-11-27 22:09:20.804846+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_events VALUES (1, '1a851ce8-21f3-4ba5-9a9c-a7f6a06ba3f0', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 1, '{"name": "Commuters", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivation": "Retention", "description": "Commuters of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (2, 'ded4e7c4-f5ad-4c00-9ab3-6cbf38025725', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 2, '{"type": "SelfService", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "importance": 4, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (3, '5cfb62e0-c5be-4d5f-89b8-e05d29205155', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 3, '{"type": "AutomatedServices", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "importance": 3, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (4, '56aa79bd-de8b-4ec5-bf6e-8c052919b7f4', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 4, '{"type": "Communities", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "importance": 2, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (5, '426ab54a-5ad0-483b-9bd3-2cbe32526793', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 5, '{"name": "Web shop and repair booking", "type": "SelfService", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Web", "MobileApp"], "currency": "EUR", "provider": null, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivations": ["Retention"], "effectiveDate": "2025-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "monthlyFixedCost": 1800, "costPerInteraction": 0.04}', NULL, 'relationship_established', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (6, '24e15db2-12ed-46a2-9d93-cd1f45905ca5', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 6, '{"name": "Ride app with service reminders", "type": "AutomatedServices", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["MobileApp"], "currency": "EUR", "provider": null, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivations": ["Retention"], "effectiveDate": "2025-05-01", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "monthlyFixedCost": 950, "costPerInteraction": 0.02}', NULL, 'relationship_established', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (7, 'e4c26537-87ed-4c8b-a128-2ddc8077e08c', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 7, '{"month": "2025-01", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 3539, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1572}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (8, 'ab049289-a6be-48be-a4d5-83ab68e4dc0b', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 8, '{"month": "2025-02", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 4619, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1700}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (9, '0b5030b5-c0c7-488e-b063-3ca5405dfe66', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 9, '{"month": "2025-03", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 4940, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2017}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (10, 'eed4a8d7-965e-4d12-9101-143b84e28c37', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 10, '{"month": "2025-03", "score": 76, "responses": 314, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (11, 'd8c9f5f8-aa54-4d23-a413-2d5140545763', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 11, '{"month": "2025-04", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 6351, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2385}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (12, '85ae448b-72b4-4c56-9280-83c2b8025734', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 12, '{"month": "2025-05", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7729, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2858}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (13, '2e79e73c-0804-4368-a9ef-6b38c8a7bbff', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 13, '{"month": "2025-05", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 11958, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2024}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (14, '14058cf5-dbe1-457b-824b-958297273b9c', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 14, '{"month": "2025-06", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7106, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 3267}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (15, '39991f11-6160-462f-9ba2-54e1c292782f', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 15, '{"month": "2025-06", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 12243, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2394}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (16, '21c9027f-2d7a-420a-8d95-6d51ff616f37', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 16, '{"month": "2025-06", "score": 71, "responses": 358, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (17, '38a23e08-d743-4b6d-b247-4d2deeeabb77', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 17, '{"month": "2025-06", "score": 76, "responses": 273, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (18, 'cd0691f7-5164-488f-add3-90a169855664', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 18, '{"month": "2025-07", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7305, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 3237}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (19, 'cfe90875-31b0-43b3-8bd5-be0087c581d6', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 19, '{"month": "2025-07", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 11935, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2168}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (20, '8d185aa8-69be-4786-8024-1cc13cfd141d', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 20, '{"month": "2025-08", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7180, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2899}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (21, 'c41258f2-2608-49ad-8ddb-8178a38b01cc', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 21, '{"month": "2025-08", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 11521, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1775}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (22, '7533ab9c-1446-4e52-9976-9848c0ad4c84', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 22, '{"month": "2025-09", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 6085, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2487}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (23, 'f180b600-6050-46e9-9253-6bfca944e736', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 23, '{"month": "2025-09", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 10219, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1729}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (24, '524cbce5-f55b-4e2f-bdef-db64732b7c82', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 24, '{"month": "2025-09", "score": 71, "responses": 370, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (25, '4899144d-27ef-4b0b-9134-ee382fa3e85c', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 25, '{"month": "2025-09", "score": 76, "responses": 324, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (26, '44d66df7-8ca5-4927-8ab9-138889120a11', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 26, '{"month": "2025-10", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 4453, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1899}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (27, '1f313b7d-1c37-4f06-8c4f-b2fa94e2a181', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 27, '{"month": "2025-10", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 8512, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1480}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (28, '5e554006-6f31-4c15-bf0f-85011767d624', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 28, '{"month": "2025-11", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 3995, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1521}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (29, '33e3e092-045c-4ca1-9d7c-ab55a95b73c6', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 29, '{"month": "2025-11", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7032, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1176}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (30, 'ff9ed875-0c36-4970-9a97-d2a451cd264c', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 30, '{"month": "2025-12", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 3730, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1672}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (31, '55c3a413-32a1-43d1-a2ba-950ef28dd4d5', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 31, '{"month": "2025-12", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7307, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1051}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (32, 'f4e0820e-af18-49e1-8413-1cc5217aab5b', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 32, '{"month": "2025-12", "score": 71, "responses": 310, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (33, 'bf8e613c-000b-46ab-a1ec-f0de4526ac6b', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 33, '{"month": "2025-12", "score": 79, "responses": 289, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (34, '7d625367-9dfb-4589-9f03-dfab9a25a260', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 34, '{"month": "2026-01", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 3893, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1569}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (35, '8184e992-97fc-496d-8999-d4b21374560f', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 35, '{"month": "2026-01", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7029, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1253}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (36, 'b2d1253e-ae3d-4248-9f44-a8e3b2df926e', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 36, '{"month": "2026-02", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 4784, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 1895}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (37, 'c6ce9857-31e6-43f4-a9fa-bf8df0de3b72', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 37, '{"month": "2026-02", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 9509, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1337}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (38, '90c6641e-ec1c-46af-96f6-b5da5bf95391', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 38, '{"month": "2026-03", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 6051, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2455}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (39, 'cfed15ce-9995-4124-b965-c599ecc9fda0', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 39, '{"month": "2026-03", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 10264, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1683}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (40, '0099a676-98ad-45e9-8c02-a6ec53c44ef9', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 40, '{"month": "2026-03", "score": 77, "responses": 351, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (41, 'ac2ad032-c0af-48c7-a8fd-8a99d8380f85', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 41, '{"month": "2026-03", "score": 75, "responses": 286, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (42, '75abb59f-8998-4a2a-83a1-5f7f00297a61', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 42, '{"month": "2026-04", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 8187, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2871}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (43, '11f2e050-d163-4f36-9b84-95cf5350d80d', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 43, '{"month": "2026-04", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 12641, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1978}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (44, '9d7cccc2-6009-4a79-a0c8-6f7ce83b13b8', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 44, '{"month": "2026-05", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 8069, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 3163}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (45, '1a474228-c98a-4684-aaa6-eb408cbec829', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 45, '{"month": "2026-05", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 15680, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2566}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (46, '4a20bb7f-d229-4a96-8ff6-9542d7b8ebed', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 46, '{"month": "2026-06", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 8652, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 3317}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (47, 'cb646c7f-4b2c-4bbf-b3ef-069f4c5c28ef', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 47, '{"month": "2026-06", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 14255, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2643}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (48, 'e7999ce4-42a0-41bc-b243-1bb87de11cd9', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 48, '{"month": "2026-06", "score": 68, "responses": 385, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (49, '0dc834fb-ddf6-4dc7-ab92-d39ea947fe10', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 49, '{"month": "2026-06", "score": 76, "responses": 321, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (50, '4fb40e97-2f9a-4be7-9456-27a159572cf9', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 50, '{"month": "2026-07", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 8442, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 3383}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (51, 'f3b501a2-4132-4cde-8c59-1f1ab6f98622', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 51, '{"month": "2026-07", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 14169, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2398}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (52, 'dc7a4aeb-7d58-49a1-a247-2dce0dba137f', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 52, '{"month": "2026-08", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 7913, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 3378}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (53, 'fe38e91b-b20d-43f3-b8a0-dabd8b8b42e0', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 53, '{"month": "2026-08", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 13057, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 2257}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (54, '6d0dbd8c-ec51-4c6a-b3a8-9cf31e68ef02', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 54, '{"month": "2026-09", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 6941, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2738}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (55, '5cb15f0a-a13b-4593-a90d-50c1a1a918b0', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 55, '{"month": "2026-09", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 10928, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1971}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (56, '18df7830-ca5f-482e-8543-b1573ee4d04c', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 56, '{"month": "2026-09", "score": 72, "responses": 339, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (57, 'c9cff50d-754f-4c4c-9115-76b67dd5758a', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 57, '{"month": "2026-09", "score": 77, "responses": 304, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (58, '0f81b3ee-80bb-4903-baf3-912f5198e353', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 58, '{"month": "2026-10", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 5285, "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "customersReached": 2085}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (59, '9ec6628f-f0e3-413f-bd86-bbcea8a7fa85', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 59, '{"month": "2026-10", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "interactions": 8922, "relationshipId": "b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2", "customersReached": 1708}', NULL, 'usage_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (60, '9fdda2e5-dd52-4b00-aee1-610cb8219c60', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 60, '{"month": "2025-01", "revenue": 42333.83, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 180, "lostCustomers": 95, "activeCustomers": 4085}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (61, '0e8fc8fa-67f9-4fb6-a967-875b637bc123', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 61, '{"month": "2025-02", "revenue": 54308.74, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 204, "lostCustomers": 117, "activeCustomers": 4172}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (62, '4e289193-32f3-4e86-8457-f14fcdb5a3e4', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 62, '{"month": "2025-03", "revenue": 64947.13, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 282, "lostCustomers": 157, "activeCustomers": 4297}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (63, '383d7619-ac58-4c4d-9f08-7007052d6bcc', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 63, '{"month": "2025-04", "revenue": 76526.51, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 296, "lostCustomers": 198, "activeCustomers": 4395}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (64, '11e705c4-05fe-4876-9e95-b0bc66ee4b85', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 64, '{"month": "2025-05", "revenue": 97174.01, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 339, "lostCustomers": 214, "activeCustomers": 4520}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (65, '7034bea6-1854-4ae1-9ad2-429b67bd0d0e', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 65, '{"month": "2025-06", "revenue": 99936.32, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 398, "lostCustomers": 210, "activeCustomers": 4708}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (66, '31f7fca3-531a-4e95-a9cc-fde520eee2a4', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 66, '{"month": "2025-07", "revenue": 106093.71, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 375, "lostCustomers": 224, "activeCustomers": 4859}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (67, '4ac5a8e1-72f6-4ad1-8f98-fed09f98e1f5', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 67, '{"month": "2025-08", "revenue": 101619.67, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 320, "lostCustomers": 197, "activeCustomers": 4982}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (68, '7874b593-cd00-4592-ae51-c0f7f98f8dc1', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 68, '{"month": "2025-09", "revenue": 84854.99, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 285, "lostCustomers": 151, "activeCustomers": 5116}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (69, 'ca0e6478-fabf-47ab-803f-89f71cd6c2d1', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 69, '{"month": "2025-10", "revenue": 77138.84, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 224, "lostCustomers": 151, "activeCustomers": 5189}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (70, '22766084-7ad0-40cc-bc7d-1ef14a006344', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 70, '{"month": "2025-11", "revenue": 57853.84, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 200, "lostCustomers": 116, "activeCustomers": 5273}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (71, '1523cb19-5235-44e5-8c9f-f4b1a2d701bf', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 71, '{"month": "2025-12", "revenue": 56736.06, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 212, "lostCustomers": 113, "activeCustomers": 5372}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (72, 'cfa9c2a3-1af7-43a1-8024-1417da5f4b7e', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 72, '{"month": "2026-01", "revenue": 62860.54, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 225, "lostCustomers": 115, "activeCustomers": 5482}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (73, 'c419d679-66b4-4c78-93f1-199a72369373', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 73, '{"month": "2026-02", "revenue": 80324.31, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 235, "lostCustomers": 155, "activeCustomers": 5562}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (74, '6d038ad3-8df2-4a21-8cee-34354b085021', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 74, '{"month": "2026-03", "revenue": 96797.15, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 326, "lostCustomers": 187, "activeCustomers": 5701}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (75, '547674ff-6e45-43cb-8455-fe1708f561b3', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 75, '{"month": "2026-04", "revenue": 121017.06, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 340, "lostCustomers": 234, "activeCustomers": 5807}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (76, '90bc8160-d061-4f4e-bdeb-27b43a2cbd97', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 76, '{"month": "2026-05", "revenue": 157649.54, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 388, "lostCustomers": 231, "activeCustomers": 5964}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (77, '8aec568a-8c75-46d3-a101-4e1b61aff985', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 77, '{"month": "2026-06", "revenue": 155007.36, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 416, "lostCustomers": 229, "activeCustomers": 6151}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (78, '762dae5f-cfa5-420c-83c7-2b71713645ce', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 78, '{"month": "2026-07", "revenue": 162991.25, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 458, "lostCustomers": 250, "activeCustomers": 6359}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (79, 'eb575af5-001e-42e7-a2ce-26e5be6db3ee', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 79, '{"month": "2026-08", "revenue": 153618.31, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 369, "lostCustomers": 204, "activeCustomers": 6524}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (80, '66943be5-1c10-4acc-b220-0b2ede8808aa', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 80, '{"month": "2026-09", "revenue": 136016.09, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 351, "lostCustomers": 190, "activeCustomers": 6685}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (81, '9702e9ef-92be-4e98-b311-2777df396345', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 81, '{"month": "2026-10", "revenue": 120361.07, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "newCustomers": 270, "lostCustomers": 168, "activeCustomers": 6787}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (82, '8056dc18-191e-499f-908c-9cf7b5ecd138', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 82, '{"reason": "New hosting contract", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "effectiveDate": "2026-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668", "monthlyFixedCost": 2100, "costPerInteraction": 0.035}', NULL, 'cost_revised', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.CostRevised, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (83, 'c396aa00-af60-4ad3-938a-5cb3b6818fef', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 83, '{"rationale": "Commuter base is loyal; grow accessories", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}', NULL, 'segment_objective_changed', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.SegmentObjectiveChanged, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (84, '1ed8a186-1389-4dd2-a9a2-fdbba0285295', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 84, '{"owner": null, "phases": null, "reason": "Accessories shop opened in the web shop", "horizon": null, "channels": null, "provider": null, "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivations": ["BoostingSales"], "effectiveDate": "2026-01-01", "relationshipId": "b236a1c3-2de1-4e78-8e2d-0b081df24668"}', NULL, 'relationship_adjusted', '2026-11-27 22:08:24.532968+00', 'default', 'Inventory.Domain.Portfolio.RelationshipAdjusted, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (85, '0c0650c8-7b46-4ba9-9652-3785601d36d6', '4d803b11-787d-495c-a103-ba20c9507793', 1, '{"name": "Sport riders", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "motivation": "BoostingSales", "description": "Sport riders of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (86, '90d5b839-e858-41c5-9b78-9f73f5d8aaff', '4d803b11-787d-495c-a103-ba20c9507793', 2, '{"type": "PersonalAssistance", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "importance": 5, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (87, '5d286e3c-f6f6-45b1-a4ab-4a9aaa95303d', '4d803b11-787d-495c-a103-ba20c9507793', 3, '{"type": "Communities", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "importance": 4, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (88, 'fb11b2a5-5c7b-4fd6-9f3b-bc5c277ba890', '4d803b11-787d-495c-a103-ba20c9507793', 4, '{"type": "CoCreation", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "importance": 2, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (89, '68a3a27b-8e99-41f2-b225-90c95e127855', '4d803b11-787d-495c-a103-ba20c9507793', 5, '{"name": "Fitting studio", "type": "PersonalAssistance", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["InPerson"], "currency": "EUR", "provider": null, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "motivations": ["BoostingSales"], "effectiveDate": "2025-01-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "monthlyFixedCost": 5200, "costPerInteraction": 6.50}', NULL, 'relationship_established', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (90, '5eb82c83-be6e-4769-bea5-1026dbb5b5a0', '4d803b11-787d-495c-a103-ba20c9507793', 6, '{"name": "Saturday ride club", "type": "Communities", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Event", "SocialMedia"], "currency": "EUR", "provider": null, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "motivations": ["Retention"], "effectiveDate": "2025-02-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "monthlyFixedCost": 700, "costPerInteraction": 0}', NULL, 'relationship_established', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (91, '0cfcf0ba-a38b-49c1-911f-dd6b3a611c98', '4d803b11-787d-495c-a103-ba20c9507793', 7, '{"name": "Product test panel", "type": "CoCreation", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Web", "Event"], "currency": "EUR", "provider": null, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "motivations": ["BoostingSales", "Retention"], "effectiveDate": "2025-10-01", "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "monthlyFixedCost": 400, "costPerInteraction": 12}', NULL, 'relationship_established', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (92, '7f115165-35c0-43df-81b0-17d12c435051', '4d803b11-787d-495c-a103-ba20c9507793', 8, '{"month": "2025-01", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 162, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 129}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (93, '7def8423-25af-43ba-8ba7-4227dee74f36', '4d803b11-787d-495c-a103-ba20c9507793', 9, '{"month": "2025-02", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 210, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 152}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (94, '7a54b669-eec5-4013-892d-d24988e5eb92', '4d803b11-787d-495c-a103-ba20c9507793', 10, '{"month": "2025-02", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 469, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 183}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (95, 'ad7cf7a0-d24c-421f-bd7b-02ea88bf8455', '4d803b11-787d-495c-a103-ba20c9507793', 11, '{"month": "2025-03", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 263, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 172}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (96, '96fbc08d-13ae-4f94-9668-8d1eceed861c', '4d803b11-787d-495c-a103-ba20c9507793', 12, '{"month": "2025-03", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 623, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 246}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (97, 'e8beeac0-c102-4258-a8a4-fe005a379a4c', '4d803b11-787d-495c-a103-ba20c9507793', 13, '{"month": "2025-03", "score": 91, "responses": 87, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (98, 'e52b6d5c-fcad-435b-8bd7-472c76dcdb2f', '4d803b11-787d-495c-a103-ba20c9507793', 14, '{"month": "2025-03", "score": 93, "responses": 112, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (99, '21e9d378-d81b-4e38-a12c-64c3107be9d2', '4d803b11-787d-495c-a103-ba20c9507793', 15, '{"month": "2025-04", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 313, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 211}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (100, '75c2f3ed-d473-4055-8514-c163b3e245f7', '4d803b11-787d-495c-a103-ba20c9507793', 16, '{"month": "2025-04", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 666, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 287}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (101, '82bbcc88-e6f0-47cf-9086-1001525cab6a', '4d803b11-787d-495c-a103-ba20c9507793', 17, '{"month": "2025-05", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 311, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 240}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (102, '6571735c-759d-4926-9409-1c7f2f28364b', '4d803b11-787d-495c-a103-ba20c9507793', 18, '{"month": "2025-05", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 827, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 328}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (103, '2e8c8a48-bbda-4998-ae64-416f93c5984b', '4d803b11-787d-495c-a103-ba20c9507793', 19, '{"month": "2025-06", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 381, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 258}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (104, 'b7973b6f-3fcd-4bdb-bf59-808553aeeabd', '4d803b11-787d-495c-a103-ba20c9507793', 20, '{"month": "2025-06", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 807, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 315}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (105, '5e3a779b-fe2a-495e-a67f-85cf065df10e', '4d803b11-787d-495c-a103-ba20c9507793', 21, '{"month": "2025-06", "score": 86, "responses": 70, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (106, '485cc1dd-91d5-4155-9206-77287b1e6474', '4d803b11-787d-495c-a103-ba20c9507793', 22, '{"month": "2025-06", "score": 94, "responses": 85, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (107, '95785805-6318-42c8-9c07-9612de5e6426', '4d803b11-787d-495c-a103-ba20c9507793', 23, '{"month": "2025-07", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 356, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 244}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (108, '93b07688-8462-4ee8-892b-733453cad261', '4d803b11-787d-495c-a103-ba20c9507793', 24, '{"month": "2025-07", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 920, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 308}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (109, '390862c1-2317-43e9-9e05-a3a06a1618a9', '4d803b11-787d-495c-a103-ba20c9507793', 25, '{"month": "2025-08", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 336, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 246}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (110, '03cea0ae-b1da-4da4-9fcb-702a37b178fa', '4d803b11-787d-495c-a103-ba20c9507793', 26, '{"month": "2025-08", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 754, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 271}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (111, '5dd1e316-de91-4271-bb75-ef99ed4d1113', '4d803b11-787d-495c-a103-ba20c9507793', 27, '{"month": "2025-09", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 263, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 201}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (112, '14323227-2e1b-4684-9c84-99b80a3b4e3b', '4d803b11-787d-495c-a103-ba20c9507793', 28, '{"month": "2025-09", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 611, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 245}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (113, 'd9ca349b-0240-40d2-a599-e68439019abd', '4d803b11-787d-495c-a103-ba20c9507793', 29, '{"month": "2025-09", "score": 87, "responses": 79, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (114, 'b20bcf8d-700d-402f-96fc-00bd241eb8e5', '4d803b11-787d-495c-a103-ba20c9507793', 30, '{"month": "2025-09", "score": 95, "responses": 106, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (115, 'd228be54-16df-4518-929c-3369490bc53a', '4d803b11-787d-495c-a103-ba20c9507793', 31, '{"month": "2025-10", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 208, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 153}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (116, 'be0574ab-efb8-43e9-b71c-104245590627', '4d803b11-787d-495c-a103-ba20c9507793', 32, '{"month": "2025-10", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 574, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 190}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (117, '12e50dda-641a-436f-b1f6-542161474304', '4d803b11-787d-495c-a103-ba20c9507793', 33, '{"month": "2025-10", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 32, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 27}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (118, 'fcd98ef5-9fdb-4505-84b7-7ecf3f55953a', '4d803b11-787d-495c-a103-ba20c9507793', 34, '{"month": "2025-11", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 198, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 149}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (119, 'fb4a51eb-50a4-426c-bdb9-a1579490e8f7', '4d803b11-787d-495c-a103-ba20c9507793', 35, '{"month": "2025-11", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 473, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 163}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (120, '496ec7d0-901f-437c-9fb6-57d27ed8e2ba', '4d803b11-787d-495c-a103-ba20c9507793', 36, '{"month": "2025-11", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 27, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 21}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (121, '37d1e727-ceca-4139-ba26-c647e9324805', '4d803b11-787d-495c-a103-ba20c9507793', 37, '{"month": "2025-12", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 175, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 127}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (122, '3593b04c-ffc5-4b35-b312-62ebe8db1988', '4d803b11-787d-495c-a103-ba20c9507793', 38, '{"month": "2025-12", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 409, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 164}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (123, 'd7da068c-b6f3-44ed-a299-867800170351', '4d803b11-787d-495c-a103-ba20c9507793', 39, '{"month": "2025-12", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 24, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 21}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (124, 'd2d1f2e5-83e7-41d1-b789-fb3544d4f32b', '4d803b11-787d-495c-a103-ba20c9507793', 40, '{"month": "2025-12", "score": 89, "responses": 85, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (125, 'b5d97cee-fa92-41ef-9004-f11aaa1111a5', '4d803b11-787d-495c-a103-ba20c9507793', 41, '{"month": "2025-12", "score": 91, "responses": 96, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (126, '5d31b6db-ff7b-4bb5-b85f-4c89a1a63ef7', '4d803b11-787d-495c-a103-ba20c9507793', 42, '{"month": "2026-01", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 205, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 153}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (127, '297af8b7-36c9-4525-9ba0-b7229ef48527', '4d803b11-787d-495c-a103-ba20c9507793', 43, '{"month": "2026-01", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 453, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 169}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (128, '96654865-296b-4aad-a12d-ea99281222e7', '4d803b11-787d-495c-a103-ba20c9507793', 44, '{"month": "2026-01", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 26, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 22}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (129, '78749bf9-466b-4f3b-b6df-e7b9e1f8f954', '4d803b11-787d-495c-a103-ba20c9507793', 45, '{"month": "2026-02", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 239, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 193}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (130, '3f71ef94-d3e0-4323-8aaa-1ad40b33a569', '4d803b11-787d-495c-a103-ba20c9507793', 46, '{"month": "2026-02", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 633, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 224}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (131, '83678847-3bb1-43c8-ad42-2fe7309c4346', '4d803b11-787d-495c-a103-ba20c9507793', 47, '{"month": "2026-02", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 35, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 28}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (132, '41118592-7a2e-4b3f-9882-2617aaaba9eb', '4d803b11-787d-495c-a103-ba20c9507793', 48, '{"month": "2026-03", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 307, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 213}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (133, '7d75b05e-efd9-4a82-9c2c-9dbeb55a9670', '4d803b11-787d-495c-a103-ba20c9507793', 49, '{"month": "2026-03", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 731, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 267}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (134, '5400d6f2-4d48-4b34-afce-a0ed4303c0ac', '4d803b11-787d-495c-a103-ba20c9507793', 50, '{"month": "2026-03", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 44, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 33}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (135, '3c6c64e8-65a9-4ff7-80b5-9b549c11f291', '4d803b11-787d-495c-a103-ba20c9507793', 51, '{"month": "2026-03", "score": 87, "responses": 63, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (136, '9f7e5ca1-4a99-44a6-b08a-f915de991a9e', '4d803b11-787d-495c-a103-ba20c9507793', 52, '{"month": "2026-03", "score": 90, "responses": 83, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (137, 'a84c303e-68b5-42b2-adc4-d6a5ab15c7e1', '4d803b11-787d-495c-a103-ba20c9507793', 53, '{"month": "2026-04", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 354, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 234}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (138, '8a2f0ccb-626d-40f6-814c-15bf10234a30', '4d803b11-787d-495c-a103-ba20c9507793', 54, '{"month": "2026-04", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 810, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 307}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (139, '7b00d8e6-c4ad-486d-b4e9-797d3e7f2183', '4d803b11-787d-495c-a103-ba20c9507793', 55, '{"month": "2026-04", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 51, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 45}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (140, '6539102e-8fa9-47d5-8a7c-aaa3aea1950e', '4d803b11-787d-495c-a103-ba20c9507793', 56, '{"month": "2026-05", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 390, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 302}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (141, 'b4e885c1-0cd6-46c0-9e77-7f790c7e4315', '4d803b11-787d-495c-a103-ba20c9507793', 57, '{"month": "2026-05", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 1001, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 345}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (142, 'ffe61b5d-bdcc-4501-a73f-e02e82dac79b', '4d803b11-787d-495c-a103-ba20c9507793', 58, '{"month": "2026-05", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 58, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 45}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (143, '3be148cd-a0e9-4d2c-9f1b-11e0ca177063', '4d803b11-787d-495c-a103-ba20c9507793', 59, '{"month": "2026-06", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 377, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 292}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (144, '4d061c03-ead7-44f3-a83f-46c50c5329f6', '4d803b11-787d-495c-a103-ba20c9507793', 60, '{"month": "2026-06", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 1102, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 370}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (145, 'f1425dd9-0c5b-4bc7-a8cb-07aa65842c7a', '4d803b11-787d-495c-a103-ba20c9507793', 61, '{"month": "2026-06", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 60, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 51}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (146, 'bf263f69-7edd-44f7-be88-50e62fa2b7c0', '4d803b11-787d-495c-a103-ba20c9507793', 62, '{"month": "2026-06", "score": 89, "responses": 69, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (147, 'c8ceccb5-c0ba-449e-911c-d36915dd7235', '4d803b11-787d-495c-a103-ba20c9507793', 63, '{"month": "2026-06", "score": 90, "responses": 90, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (148, '06d20a94-883a-4a98-a214-b41025c4c76d', '4d803b11-787d-495c-a103-ba20c9507793', 64, '{"month": "2026-07", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 430, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 271}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (149, 'e22bc00d-1ac6-479b-ba81-8afe80a1b1a4', '4d803b11-787d-495c-a103-ba20c9507793', 65, '{"month": "2026-07", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 943, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 349}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (150, '00942a74-4ce4-4a4a-8251-0213d454eb7c', '4d803b11-787d-495c-a103-ba20c9507793', 66, '{"month": "2026-07", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 54, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 44}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (151, '4e86836b-3c88-4b0b-a98a-4d8508b09382', '4d803b11-787d-495c-a103-ba20c9507793', 67, '{"month": "2026-08", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 327, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 249}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (152, 'ad17d0c4-421f-45b6-950d-b71150950327', '4d803b11-787d-495c-a103-ba20c9507793', 68, '{"month": "2026-08", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 989, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 352}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (153, '7618654c-2f9b-41c2-948e-3bee377e14c1', '4d803b11-787d-495c-a103-ba20c9507793', 69, '{"month": "2026-08", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 55, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 41}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (154, '70434038-24ca-46f5-a97a-5e4420f905b7', '4d803b11-787d-495c-a103-ba20c9507793', 70, '{"month": "2026-09", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 294, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 233}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (155, 'ded32d52-8bf7-4633-be0d-985d8da2ad4d', '4d803b11-787d-495c-a103-ba20c9507793', 71, '{"month": "2026-09", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 851, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 305}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (156, '79373e89-9efe-434f-9a2a-f4e377e5993e', '4d803b11-787d-495c-a103-ba20c9507793', 72, '{"month": "2026-09", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 45, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 41}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (215, 'b129f747-ed65-4f8e-9e6d-8e1a051aa817', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 30, '{"month": "2025-11", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 121, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 38}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (157, 'd18e2b45-e067-45c7-8d37-36c4add00703', '4d803b11-787d-495c-a103-ba20c9507793', 73, '{"month": "2026-09", "score": 86, "responses": 70, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (158, '2a1bebde-4175-4b54-bade-4082af178108', '4d803b11-787d-495c-a103-ba20c9507793', 74, '{"month": "2026-09", "score": 90, "responses": 92, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (159, '15ab727c-afed-46ee-be7a-eb31572ed000', '4d803b11-787d-495c-a103-ba20c9507793', 75, '{"month": "2026-10", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 275, "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9", "customersReached": 202}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (160, '728454e2-f345-4509-8dac-56c7df354e1e', '4d803b11-787d-495c-a103-ba20c9507793', 76, '{"month": "2026-10", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 687, "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51", "customersReached": 225}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (161, '22259e30-ae79-4c2e-a836-185f2ed43f68', '4d803b11-787d-495c-a103-ba20c9507793', 77, '{"month": "2026-10", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "interactions": 41, "relationshipId": "a83b1e4a-d691-4176-b2e6-67bf15c329b4", "customersReached": 29}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (162, 'c3a7c2ba-f103-4e42-b1a4-fe264b1ff034', '4d803b11-787d-495c-a103-ba20c9507793', 78, '{"month": "2025-01", "revenue": 27045.17, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 45, "lostCustomers": 22, "activeCustomers": 923}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (163, '95a250af-7267-422e-adde-6bca97cce4bc', '4d803b11-787d-495c-a103-ba20c9507793', 79, '{"month": "2025-02", "revenue": 37975.36, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 54, "lostCustomers": 29, "activeCustomers": 948}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (164, '81e89c79-f8ad-4bc8-9109-7ab4a524e74d', '4d803b11-787d-495c-a103-ba20c9507793', 80, '{"month": "2025-03", "revenue": 49067.81, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 61, "lostCustomers": 36, "activeCustomers": 973}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (165, 'f66d3307-c3df-4744-972c-5146fc0eebb9', '4d803b11-787d-495c-a103-ba20c9507793', 81, '{"month": "2025-04", "revenue": 58027.55, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 69, "lostCustomers": 46, "activeCustomers": 996}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (166, '7a71f6e0-e6c5-43fe-a8d4-ad7ac7a02f26', '4d803b11-787d-495c-a103-ba20c9507793', 82, '{"month": "2025-05", "revenue": 67084.85, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 85, "lostCustomers": 49, "activeCustomers": 1032}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (167, '1f693066-479b-40c8-985c-88a671a2959b', '4d803b11-787d-495c-a103-ba20c9507793', 83, '{"month": "2025-06", "revenue": 63580.14, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 85, "lostCustomers": 46, "activeCustomers": 1071}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (168, 'fbcf46b9-9cf4-4637-a087-6ed7a0f9427b', '4d803b11-787d-495c-a103-ba20c9507793', 84, '{"month": "2025-07", "revenue": 68574.51, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 85, "lostCustomers": 46, "activeCustomers": 1110}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (169, 'b25340f2-0651-4919-9fad-f1a38d848287', '4d803b11-787d-495c-a103-ba20c9507793', 85, '{"month": "2025-08", "revenue": 67786.25, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 85, "lostCustomers": 48, "activeCustomers": 1147}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (170, '11d886b2-f56a-46f6-b697-dab678ba20c4', '4d803b11-787d-495c-a103-ba20c9507793', 86, '{"month": "2025-09", "revenue": 55300.57, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 69, "lostCustomers": 36, "activeCustomers": 1180}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (171, 'ec2c00c6-3dc4-41df-bbfc-04956e6e587d', '4d803b11-787d-495c-a103-ba20c9507793', 87, '{"month": "2025-10", "revenue": 54279.45, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 60, "lostCustomers": 32, "activeCustomers": 1208}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (172, '10d63f17-3401-4d64-b874-cd97c0b9465e', '4d803b11-787d-495c-a103-ba20c9507793', 88, '{"month": "2025-11", "revenue": 41502.07, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 44, "lostCustomers": 27, "activeCustomers": 1225}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (173, 'ee82d51b-16da-4d4d-ad6d-d781c3823f86', '4d803b11-787d-495c-a103-ba20c9507793', 89, '{"month": "2025-12", "revenue": 42310.25, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 44, "lostCustomers": 28, "activeCustomers": 1241}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (174, 'f38b2377-9b2b-4513-943b-efbc4f8c1b5d', '4d803b11-787d-495c-a103-ba20c9507793', 90, '{"month": "2026-01", "revenue": 45917.44, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 53, "lostCustomers": 29, "activeCustomers": 1265}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (175, '781e62b3-acbf-489e-a5d2-22ce30ead618', '4d803b11-787d-495c-a103-ba20c9507793', 91, '{"month": "2026-02", "revenue": 53451.11, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 61, "lostCustomers": 32, "activeCustomers": 1294}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (176, '9fa47ea6-8404-478e-904d-f0dbcca93665', '4d803b11-787d-495c-a103-ba20c9507793', 92, '{"month": "2026-03", "revenue": 78979.19, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 73, "lostCustomers": 42, "activeCustomers": 1325}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (177, '832b722b-bf40-4e8b-bf9e-b447676943f4', '4d803b11-787d-495c-a103-ba20c9507793', 93, '{"month": "2026-04", "revenue": 83041.28, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 94, "lostCustomers": 49, "activeCustomers": 1370}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (178, '6bbb66fb-6251-4a1c-ad6f-6379d65df392', '4d803b11-787d-495c-a103-ba20c9507793', 94, '{"month": "2026-05", "revenue": 108265.09, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 93, "lostCustomers": 55, "activeCustomers": 1408}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (179, 'c2ef3155-b758-4470-8290-2d585a751258', '4d803b11-787d-495c-a103-ba20c9507793', 95, '{"month": "2026-06", "revenue": 120498.13, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 109, "lostCustomers": 64, "activeCustomers": 1453}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (180, '14f8cd82-25ae-461c-b52c-31b4203fc64e', '4d803b11-787d-495c-a103-ba20c9507793', 96, '{"month": "2026-07", "revenue": 122598.59, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 101, "lostCustomers": 56, "activeCustomers": 1498}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (181, '608794a7-420c-4b94-8d15-4583ca0ead38', '4d803b11-787d-495c-a103-ba20c9507793', 97, '{"month": "2026-08", "revenue": 111752.42, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 81, "lostCustomers": 54, "activeCustomers": 1525}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (182, '2edcef25-0e5f-4a3b-9421-2b92e737c440', '4d803b11-787d-495c-a103-ba20c9507793', 98, '{"month": "2026-09", "revenue": 88323.90, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 76, "lostCustomers": 47, "activeCustomers": 1554}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (183, '4cd0a289-8e64-4098-bd02-1b002dd0da8a', '4d803b11-787d-495c-a103-ba20c9507793', 99, '{"month": "2026-10", "revenue": 77167.30, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "newCustomers": 66, "lostCustomers": 39, "activeCustomers": 1581}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (184, '1ad1d78b-03f7-47a5-9ce9-938f42cf176a', '4d803b11-787d-495c-a103-ba20c9507793', 100, '{"owner": "Community team", "phases": null, "reason": "Chat group added", "horizon": null, "channels": ["Event", "SocialMedia", "Chat"], "provider": null, "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "motivations": null, "effectiveDate": "2025-07-01", "relationshipId": "d43f5a0a-401c-4874-8560-9529d9130c51"}', NULL, 'relationship_adjusted', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.RelationshipAdjusted, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (185, '3dbd50e8-456b-4ca9-8ce6-2d9d058bc205', '4d803b11-787d-495c-a103-ba20c9507793', 101, '{"note": "Trained fitters and the 3D fitting rig", "block": "KeyResources", "segmentId": "4d803b11-787d-495c-a103-ba20c9507793", "effectiveDate": "2025-01-01", "relationshipId": "444940c3-e91c-46f9-abff-d3d813653af9"}', NULL, 'integration_linked', '2026-11-27 22:08:24.544687+00', 'default', 'Inventory.Domain.Portfolio.IntegrationLinked, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (186, 'e4c9d533-5345-4004-8b6a-76e7272b1385', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 1, '{"name": "Corporate fleets", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "motivation": "Acquisition", "description": "Corporate fleets of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (187, '1c21c46b-1a63-43b4-84ef-c26a1c0210b0', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 2, '{"type": "DedicatedPersonalAssistance", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "importance": 5, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (188, '86e13817-d52b-4728-aa21-d0706f2f5b82', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 3, '{"type": "ThirdParty", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "importance": 2, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (189, '25a12e1e-f2ea-4314-9ad1-f2868b81fe75', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 4, '{"name": "Fleet account managers", "type": "DedicatedPersonalAssistance", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["InPerson", "Phone"], "currency": "EUR", "provider": null, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "motivations": ["Retention"], "effectiveDate": "2025-01-01", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "monthlyFixedCost": 7400, "costPerInteraction": 18}', NULL, 'relationship_established', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (190, 'c58c222c-5201-45af-97cb-553ab275dd32', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 5, '{"name": "Leasing partner service desk", "type": "ThirdParty", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Phone", "Email"], "currency": "EUR", "provider": "LeaseCo", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "motivations": ["Acquisition"], "effectiveDate": "2025-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "monthlyFixedCost": 2100, "costPerInteraction": 4.20}', NULL, 'relationship_established', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (191, '4008ad0e-bd87-4d78-a567-2fc3bf41706d', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 6, '{"month": "2025-01", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 96, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 34}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (192, '76d04270-7e9c-4339-a798-4147bb192a9c', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 7, '{"month": "2025-02", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 127, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 34}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (193, '7b624db8-836a-41e4-8b97-db2f0196cc9c', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 8, '{"month": "2025-03", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 133, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 42}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (194, '0fec4aa3-225b-45ae-99bf-bfa18654e2b1', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 9, '{"month": "2025-03", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 441, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 179}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (195, '671e0733-736d-4025-b024-100f279e69ca', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 10, '{"month": "2025-03", "score": 86, "responses": 21, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (196, 'c76f954d-bc19-4461-b606-53367b1ce4b9', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 11, '{"month": "2025-03", "score": 65, "responses": 46, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (197, 'ed94bba9-f6de-49a2-a057-e296d23fe1a7', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 12, '{"month": "2025-04", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 181, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 60}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (198, 'a5b769cd-9a01-480b-9219-b12b50555500', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 13, '{"month": "2025-04", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 479, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 180}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (199, '68b324b7-7e63-46dc-86d8-b9c12eb6d7c1', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 14, '{"month": "2025-05", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 195, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 59}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (200, 'ded66add-e866-4f3d-9c70-a8026e5eff64', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 15, '{"month": "2025-05", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 565, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 227}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (201, 'a112bc07-ff84-4217-87e7-0128594e0124', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 16, '{"month": "2025-06", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 206, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 66}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (202, '4ca23b25-cfb7-4b90-b43b-944a2839c2d4', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 17, '{"month": "2025-06", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 558, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 244}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (203, 'f8e98019-a56d-457d-8cf6-e337332e18eb', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 18, '{"month": "2025-06", "score": 86, "responses": 21, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (204, '2666d962-abef-4fa3-8fc5-3f6f0afc39a7', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 19, '{"month": "2025-06", "score": 64, "responses": 52, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (205, '9813f94f-a332-4263-bdfc-162d3c3bd970', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 20, '{"month": "2025-07", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 190, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 68}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (206, 'e66155ba-e4aa-4698-ae07-d6adf9f5fefc', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 21, '{"month": "2025-07", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 637, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 212}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (207, '0f30056f-0594-4a3c-b8cd-af8ca58c05e3', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 22, '{"month": "2025-08", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 164, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 53}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (208, 'def71c6f-197c-40c0-846f-88c8a48ab22f', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 23, '{"month": "2025-08", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 531, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 220}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (209, 'c9fd5793-7539-4816-92fb-be1ad91ad3de', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 24, '{"month": "2025-09", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 155, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 54}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (210, 'bfc853ef-c7dc-41d7-82d9-0cd835fe180a', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 25, '{"month": "2025-09", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 512, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 166}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (211, '58acb4de-80e8-4f1e-a284-568fd7d3dbe3', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 26, '{"month": "2025-09", "score": 85, "responses": 29, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (212, '56cab933-7e2d-4b6e-9beb-d313ffe1fe0b', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 27, '{"month": "2025-09", "score": 62, "responses": 57, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (213, '1078e923-da56-41e9-8944-3a30e38e59fc', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 28, '{"month": "2025-10", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 138, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 45}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (214, 'dd3b3ea8-497b-46ab-ab38-5f301058565c', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 29, '{"month": "2025-10", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 389, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 163}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (335, '4089f2a2-f0dd-44c4-9ed7-896c5bf3ec4f', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 5, '{"dueAt": "2026-07-31T00:00:00+00:00", "period": "2026-Q2", "periodEnd": "2026-06-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 22:08:33.677881+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (216, '192ee524-d738-4692-ba68-fd694ebb8b4e', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 31, '{"month": "2025-11", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 307, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 127}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (217, '18c3fbda-5cc7-4274-8695-a541383e681a', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 32, '{"month": "2025-12", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 99, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 30}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (218, '05664346-9d2b-48a3-a4bb-9adcd0c1a7c6', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 33, '{"month": "2025-12", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 348, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 115}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (219, 'acec34db-1dcd-4225-9750-94bd3aff9e85', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 34, '{"month": "2025-12", "score": 89, "responses": 24, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (220, 'a5241371-2dc2-4fa3-bf27-787cf9be57a7', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 35, '{"month": "2025-12", "score": 63, "responses": 41, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (221, 'b60716bd-f973-4d16-b68c-2b7802870bb2', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 36, '{"month": "2026-01", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 103, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 40}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (222, '1a67eeb4-0c55-4cf3-b9e1-ea801f5d0228', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 37, '{"month": "2026-01", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 335, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 129}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (223, 'dbbce0c2-ebf2-4a1f-95cd-1979fed0df7f', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 38, '{"month": "2026-02", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 140, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 43}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (224, '8d2c9cd3-3d61-4cbe-a576-26b1bff44bc5', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 39, '{"month": "2026-02", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 391, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 170}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (225, '8d064fdf-f6d9-4e83-959c-1c37d9456fe0', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 40, '{"month": "2026-03", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 184, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 54}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (226, '072b2d97-542a-44e2-8635-04b70439c59e', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 41, '{"month": "2026-03", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 496, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 195}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (227, '549cbfd9-b3bb-47a4-8a8d-778c2428e424', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 42, '{"month": "2026-03", "score": 81, "responses": 25, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (228, '3bd8203c-741b-4c86-a4da-88fcf6d6c64e', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 43, '{"month": "2026-03", "score": 68, "responses": 46, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (229, 'd48c63c1-ca80-4a8d-a52c-6ab97066c8de', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 44, '{"month": "2026-04", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 203, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 62}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (230, 'bde160b0-3f96-441b-95fc-ef89c66a9f62', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 45, '{"month": "2026-04", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 570, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 226}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (231, 'd1769578-6da3-4f84-b0e7-be8cc08a7828', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 46, '{"month": "2026-05", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 212, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 67}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (232, '628583db-cb97-40a3-adeb-0a01ff75d0ac', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 47, '{"month": "2026-05", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 738, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 244}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (233, 'fd0c681e-6e80-4678-988d-0d9b179e07ec', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 48, '{"month": "2026-06", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 257, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 75}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (234, 'c425f38d-df8b-487d-9ece-cec292968281', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 49, '{"month": "2026-06", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 757, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 291}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (235, '7823b58b-9ea1-4bf9-a1a9-92c9e39b56aa', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 50, '{"month": "2026-06", "score": 85, "responses": 20, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (336, 'e1f9df89-11a3-4faf-9c1d-b01f4d7eca93', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 6, '{"dueAt": "2026-10-31T00:00:00+00:00", "period": "2026-Q3", "periodEnd": "2026-09-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 22:08:33.677881+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (236, '68caf129-2b60-43d4-b272-ef20a4428f7f', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 51, '{"month": "2026-06", "score": 62, "responses": 48, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (237, '4967c76c-8903-415f-8cb1-d92caf3b6ce1', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 52, '{"month": "2026-07", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 219, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 73}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (238, '701ad833-997f-4291-9649-8a56328e2f2a', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 53, '{"month": "2026-07", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 653, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 288}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (239, 'ce8afb62-2cac-4e84-8da6-151a5b63681e', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 54, '{"month": "2026-08", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 192, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 73}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (240, '5633dfaf-4292-4e88-a70b-ecda247cb121', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 55, '{"month": "2026-08", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 585, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 223}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (241, '66310c77-8b6e-4399-874d-3da42ec88625', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 56, '{"month": "2026-09", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 187, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 55}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (242, '7a6169df-7ef7-455e-b961-9e5a94525715', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 57, '{"month": "2026-09", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 542, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 187}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (243, '496bcc96-8395-4c3d-aca4-f878e79209ba', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 58, '{"month": "2026-09", "score": 84, "responses": 24, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (244, '087e335c-6645-4aa7-9404-fa0b2db58583', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 59, '{"month": "2026-09", "score": 64, "responses": 56, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (245, '26abc107-7fde-484d-90b3-118089f97c3a', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 60, '{"month": "2026-10", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 163, "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea", "customersReached": 48}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (246, '211ec954-462e-4205-887e-b71c8176667c', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 61, '{"month": "2026-10", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "interactions": 412, "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "customersReached": 163}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (247, '3a147437-8c38-4046-8aec-8371c98e4ec2', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 62, '{"month": "2025-01", "revenue": 24884.34, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 2, "lostCustomers": 1, "activeCustomers": 41}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (248, 'facea3cb-816b-4033-8e8b-7901ffc2431e', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 63, '{"month": "2025-02", "revenue": 30970.70, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 43}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (249, 'f4adc7ab-9e92-41b9-8872-2a0c884ebb32', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 64, '{"month": "2025-03", "revenue": 43554.93, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 45}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (250, '1ba919fd-2489-43eb-b485-935d97263eed', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 65, '{"month": "2025-04", "revenue": 54086.21, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 4, "lostCustomers": 2, "activeCustomers": 47}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (251, 'f7208e1d-49ba-45dd-861a-a5062620031e', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 66, '{"month": "2025-05", "revenue": 58353.87, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 5, "lostCustomers": 2, "activeCustomers": 50}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (252, 'c232b404-ea61-489e-8371-1c26ad5bc67f', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 67, '{"month": "2025-06", "revenue": 70752.84, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 5, "lostCustomers": 3, "activeCustomers": 52}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (253, '83554c21-a4fa-4272-96aa-08ec03df2c73', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 68, '{"month": "2025-07", "revenue": 70614.41, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 5, "lostCustomers": 2, "activeCustomers": 55}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (254, '987e274e-1b98-41ef-8056-0f71720bfd21', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 69, '{"month": "2025-08", "revenue": 69929.81, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 4, "lostCustomers": 2, "activeCustomers": 57}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (255, '3405e655-cc0b-43b0-8571-c6d324c1aa70', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 70, '{"month": "2025-09", "revenue": 64435.74, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 4, "lostCustomers": 2, "activeCustomers": 59}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (256, '7efeff67-ba48-4be6-8b80-304197452350', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 71, '{"month": "2025-10", "revenue": 46775.12, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 61}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (257, '01a8dee0-9c7e-4e06-8116-b487a3c4ce5c', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 72, '{"month": "2025-11", "revenue": 44065.79, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 63}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (258, '970667d0-35b7-4f1d-9fe5-234719a4793d', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 73, '{"month": "2025-12", "revenue": 44154.20, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 65}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (259, '9982dfb6-b7b4-4960-98d6-d16845b8432b', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 74, '{"month": "2026-01", "revenue": 53234.72, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 67}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (260, 'a2376250-0c56-47a9-9dfa-91b8ba2ce967', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 75, '{"month": "2026-02", "revenue": 64663.91, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 3, "lostCustomers": 1, "activeCustomers": 69}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (261, 'ae739bf8-675d-49fa-baa2-96b7c91aff09', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 76, '{"month": "2026-03", "revenue": 76644.75, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 4, "lostCustomers": 2, "activeCustomers": 71}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (262, '45a48c43-7d5d-485c-8821-667cfd0b913d', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 77, '{"month": "2026-04", "revenue": 88025.35, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 5, "lostCustomers": 3, "activeCustomers": 73}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (263, '454b1b99-4188-4100-b886-f5a8252b92c0', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 78, '{"month": "2026-05", "revenue": 105696.74, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 6, "lostCustomers": 2, "activeCustomers": 77}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (264, '290c763d-9de4-413e-91bc-88940ada983b', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 79, '{"month": "2026-06", "revenue": 119157.56, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 6, "lostCustomers": 3, "activeCustomers": 80}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (265, 'd594e9d8-e0fd-47b6-9ddb-27abea380197', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 80, '{"month": "2026-07", "revenue": 120915.72, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 6, "lostCustomers": 3, "activeCustomers": 83}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (266, 'a0d6acbf-ab30-43d9-9909-f06997615ae0', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 81, '{"month": "2026-08", "revenue": 122586.47, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 5, "lostCustomers": 3, "activeCustomers": 85}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (267, '56bb053d-afda-41ed-8949-05ede1ce47b3', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 82, '{"month": "2026-09", "revenue": 111912.64, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 4, "lostCustomers": 2, "activeCustomers": 87}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (268, '127488cb-be6c-4dbe-83ed-dc6cb9266ac6', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 83, '{"month": "2026-10", "revenue": 88512.65, "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "newCustomers": 4, "lostCustomers": 2, "activeCustomers": 89}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (269, 'ce3d2744-418c-4343-9341-a3ca9dd97d79', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 84, '{"reason": "LeaseCo price increase", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "effectiveDate": "2026-03-15", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810", "monthlyFixedCost": 2500, "costPerInteraction": 4.60}', NULL, 'cost_revised', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.CostRevised, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (270, 'cb8c84b5-b3da-4f51-af3e-af6e9ee07b65', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 85, '{"note": "LeaseCo runs first-line support", "block": "KeyPartnerships", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "effectiveDate": "2025-03-01", "relationshipId": "cd97463e-14c7-4235-b483-6a156616d810"}', NULL, 'integration_linked', '2026-11-27 22:08:24.544917+00', 'default', 'Inventory.Domain.Portfolio.IntegrationLinked, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (271, '86fdcada-be30-4de1-a834-d144263a394c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 1, '{"name": "Families", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "motivation": "Acquisition", "description": "Families of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (272, '13f1512b-44db-4a76-9fc3-650ee171cf2f', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 2, '{"type": "PersonalAssistance", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "importance": 3, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (273, '6ae4942e-2d83-4b76-aa58-83334b6b78db', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 3, '{"type": "SelfService", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "importance": 3, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (274, '4c30f225-9312-46b3-8ef7-237bf051bdc2', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 4, '{"name": "In-store family advice", "type": "PersonalAssistance", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["InPerson"], "currency": "EUR", "provider": null, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "motivations": ["Acquisition"], "effectiveDate": "2025-01-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "monthlyFixedCost": 2600, "costPerInteraction": 3.10}', NULL, 'relationship_established', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (275, '6454309e-71a2-400a-a4b3-58e45396b195', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 5, '{"month": "2025-01", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 285, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 204}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (276, 'f621b814-15ce-475e-bb75-a6efc13ac2e6', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 6, '{"month": "2025-02", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 335, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 241}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (277, '6d293817-4d6f-47cc-baba-cd4881e13ab7', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 7, '{"month": "2025-03", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 408, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 313}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (278, '83f8777b-3977-462f-8969-4eafc98d8973', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 8, '{"month": "2025-03", "score": 84, "responses": 90, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (279, '5aafdb2d-3fa9-4e4a-a619-6df88d9d48a9', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 9, '{"month": "2025-04", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 461, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 339}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (280, '6ec8fa7c-e110-4943-b501-98f5a6f1e731', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 10, '{"month": "2025-05", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 523, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 389}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (281, 'd2c33994-9783-4083-b392-0deda25f0ee0', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 11, '{"month": "2025-06", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 581, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 436}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (282, 'c48329bb-1adf-4b84-b46f-553c1538e246', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 12, '{"month": "2025-06", "score": 84, "responses": 120, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (283, '24fca253-9b57-4aaa-b645-c7dffb08f560', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 13, '{"month": "2025-07", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 567, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 462}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (284, '92f21ee9-10e2-40a2-95c4-60eb6af6bf39', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 14, '{"month": "2025-08", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 531, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 390}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (285, 'b5d1f26c-36aa-478a-8254-a8314fc90c67', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 15, '{"month": "2025-09", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 425, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 345}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (286, 'f3eb3171-3666-42e5-a788-1e1134b298c2', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 16, '{"month": "2025-09", "score": 79, "responses": 124, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (287, '6dd8f716-5954-4b02-84dd-7b602694d5f5', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 17, '{"month": "2025-10", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 343, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 279}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (288, 'ed75a14e-483e-4200-a0b7-1e0fbe3cb14c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 18, '{"month": "2025-11", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 278, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 225}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (289, '88f5b225-ad0c-42f1-8b19-b72215889726', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 19, '{"month": "2025-12", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 271, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 245}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (290, 'd169b32d-314b-4dd2-b881-1e5324d42570', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 20, '{"month": "2025-12", "score": 78, "responses": 118, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (291, '1e11654b-af6b-414a-9a78-cb3d15ad757f', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 21, '{"month": "2026-01", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 311, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 241}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (292, '634fe3a0-eff6-4f5e-89b3-5daa48fa8110', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 22, '{"month": "2026-02", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 392, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 321}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (293, '61e94410-436d-4698-9620-db48558db29e', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 23, '{"month": "2026-03", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 459, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 383}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (294, 'ca6e567f-1739-46db-8ce1-a6a12446eb27', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 24, '{"month": "2026-03", "score": 78, "responses": 115, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (295, '86f7cca6-0fdc-49ad-ae94-ca221953a809', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 25, '{"month": "2026-04", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 492, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 417}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (296, '2e67e2da-38f7-4143-99f7-fe6e330a58fd', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 26, '{"month": "2026-05", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 616, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 456}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (297, '5e846545-8da6-4737-b672-cccce03d16b6', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 27, '{"month": "2026-06", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 694, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 529}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (298, '366b84e9-f217-4eff-8b80-36cc57f4d636', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 28, '{"month": "2026-06", "score": 85, "responses": 93, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (299, '251be432-38b3-4400-b257-90c5c0b16c0c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 29, '{"month": "2026-07", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 664, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 466}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (300, '79398bf4-d01d-421d-873e-8cca65fc2d99', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 30, '{"month": "2026-08", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 623, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 452}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (301, '95330059-7939-46fa-a420-f843b91916dc', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 31, '{"month": "2026-09", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 456, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 363}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (302, '7a5f7d76-35b2-4534-a1b2-ab7023f291d1', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 32, '{"month": "2026-09", "score": 77, "responses": 103, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'satisfaction_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (303, '2390a8a9-ac39-4cc5-b0c8-8b29778dff91', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 33, '{"month": "2026-10", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "interactions": 406, "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe", "customersReached": 338}', NULL, 'usage_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (304, '232b5aa2-c33f-4d11-95d7-75b50966c61c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 34, '{"month": "2025-01", "revenue": 1142.81, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 16, "lostCustomers": 13, "activeCustomers": 303}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (305, '49956abe-d7dc-45d8-a036-9f11c4e83e00', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 35, '{"month": "2025-02", "revenue": 1620.45, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 21, "lostCustomers": 17, "activeCustomers": 307}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (306, 'eb8ca9dc-d8e9-473f-8661-18e2da2522cd', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 36, '{"month": "2025-03", "revenue": 1757.47, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 24, "lostCustomers": 20, "activeCustomers": 311}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (307, '50db7925-88a2-40fb-9d3a-161ea9c2ee30', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 37, '{"month": "2025-04", "revenue": 2267.43, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 30, "lostCustomers": 22, "activeCustomers": 319}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (308, '84e8ca6d-9c42-4009-bb13-180755b2b1f9', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 38, '{"month": "2025-05", "revenue": 2521.68, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 35, "lostCustomers": 25, "activeCustomers": 329}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (309, '0b3eb309-17b7-4619-b02d-27317d21ec4d', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 39, '{"month": "2025-06", "revenue": 2669.11, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 35, "lostCustomers": 30, "activeCustomers": 334}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (310, '795bb3eb-f52d-43f4-922e-2deaefd3444f', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 40, '{"month": "2025-07", "revenue": 2766.34, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 37, "lostCustomers": 27, "activeCustomers": 344}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (311, 'e4e4f33a-1bc3-4787-99ef-115a3fc74efa', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 41, '{"month": "2025-08", "revenue": 2392.44, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 33, "lostCustomers": 25, "activeCustomers": 352}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (312, '60c14382-ed7b-497b-86f7-39477bdeba8d', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 42, '{"month": "2025-09", "revenue": 2154.09, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 25, "lostCustomers": 20, "activeCustomers": 357}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (313, '631bfaed-f69f-4c49-857a-336caa0eab62', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 43, '{"month": "2025-10", "revenue": 1688.93, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 23, "lostCustomers": 17, "activeCustomers": 363}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (314, '793c7e60-a7ac-4346-b473-0c349886402b', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 44, '{"month": "2025-11", "revenue": 1332.92, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 18, "lostCustomers": 14, "activeCustomers": 367}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (315, 'be13bc75-ef75-4ac3-824e-581c67d6bf5c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 45, '{"month": "2025-12", "revenue": 1492.78, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 20, "lostCustomers": 16, "activeCustomers": 371}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (316, 'a219ce01-1a96-43ea-a9e7-e3159f0922f0', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 46, '{"month": "2026-01", "revenue": 1570.22, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 22, "lostCustomers": 15, "activeCustomers": 378}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (317, '8d8f2e40-cfa6-47e6-ab2b-9ea66ef85e2c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 47, '{"month": "2026-02", "revenue": 1918.51, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 25, "lostCustomers": 21, "activeCustomers": 382}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (318, 'b5e3bb2f-22ea-4b96-bc5e-1c97eed1c40c', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 48, '{"month": "2026-03", "revenue": 2052.55, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 27, "lostCustomers": 23, "activeCustomers": 386}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (319, 'c030a6c1-7e4b-44fb-8046-dd586e1f335b', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 49, '{"month": "2026-04", "revenue": 2368.74, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 34, "lostCustomers": 27, "activeCustomers": 393}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (320, '2a4e5fdb-1cb0-41bc-8915-f17c0e8ffb04', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 50, '{"month": "2026-05", "revenue": 3158.38, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 38, "lostCustomers": 30, "activeCustomers": 401}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (321, 'd526a697-3b4c-40da-86ef-1c733cbdcfab', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 51, '{"month": "2026-06", "revenue": 2914.32, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 39, "lostCustomers": 35, "activeCustomers": 405}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (322, '24551379-32f3-4698-a62d-63bf8af5bafa', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 52, '{"month": "2026-07", "revenue": 400, "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "newCustomers": 0, "lostCustomers": 405, "activeCustomers": 0}', NULL, 'segment_outcome_recorded', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentOutcomeRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (323, '96a0c3cb-2a2b-4019-97d7-94063d2f4198', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 53, '{"reason": "Families merged into Commuters", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "effectiveDate": "2026-07-01"}', NULL, 'segment_discontinued', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.SegmentDiscontinued, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (324, 'cfe94756-9343-4365-b152-2a7c34a664d5', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 54, '{"reason": "Segment discontinued: Families merged into Commuters", "segmentId": "fb4a15f3-04b9-4630-a82e-2ba31be11b44", "effectiveDate": "2026-07-01", "relationshipId": "8e156b23-474c-4d6c-b488-1cb3a2669fbe"}', NULL, 'relationship_retired', '2026-11-27 22:08:24.544974+00', 'default', 'Inventory.Domain.Portfolio.RelationshipRetired, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (325, '47894f33-fe0c-4533-a483-c7cdb0617ee8', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 1, '{"title": "Year-end strategy review", "period": "2025-Q4", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "periodEnd": "2025-12-31", "periodStart": "2025-10-01"}', NULL, 'review_opened', '2026-11-27 22:08:24.545031+00', 'default', 'Inventory.Domain.Reviews.ReviewOpened, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (326, '2b306983-1284-4728-bd47-bba713fd8bf1', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 2, '{"factor": "Competitor", "impact": "High", "factorId": "1735f4ac-d555-43ec-be7f-dfec46b56818", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "segmentIds": ["9fa1ed72-7362-47c2-a426-62068d6eecf4"], "description": "Direct-to-consumer brands undercut on price"}', NULL, 'environment_factor_recorded', '2026-11-27 22:08:24.545031+00', 'default', 'Inventory.Domain.Reviews.EnvironmentFactorRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (327, 'd7444c36-929a-48a3-8824-53b599619fe8', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 3, '{"factor": "FinancialConstraint", "impact": "Medium", "factorId": "51f37bf7-fee2-417b-9dc8-458a5d25c399", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "segmentIds": [], "description": "Marketing budget cut by 10 %"}', NULL, 'environment_factor_recorded', '2026-11-27 22:08:24.545031+00', 'default', 'Inventory.Domain.Reviews.EnvironmentFactorRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (328, '658c9110-fced-482c-bef8-9c705fbbb519', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 4, '{"previous": "Retention", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "confirmed": false, "rationale": "Commuter base is loyal; grow accessories", "segmentId": "9fa1ed72-7362-47c2-a426-62068d6eecf4", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}', NULL, 'objective_revisited', '2026-11-27 22:08:24.545031+00', 'default', 'Inventory.Domain.Reviews.ObjectiveRevisited, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (329, '84cf5fff-f58e-4f41-b983-b5e7c68b3f28', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 5, '{"type": "DedicatedPersonalAssistance", "takenOn": null, "decision": "Keep", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7", "rationale": "Fleet accounts pay for their managers", "segmentId": "cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4", "decisionId": "ce6aae94-21e5-4825-8ca6-200a10710e57", "relationshipId": "07383738-57e5-451a-9ed3-c527f44ceaea"}', NULL, 'decision_recorded', '2026-11-27 22:08:24.545031+00', 'default', 'Inventory.Domain.Reviews.DecisionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (330, 'e21ca086-3b8b-4af2-a2ba-d0beed3d2d7b', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 6, '{"summary": "Grow accessories with commuters; keep fleet managers", "closedAt": "2026-11-27T22:08:23.7205018+00:00", "reviewId": "a7d8bda5-b887-4b27-80b4-ca77c985dfe7"}', NULL, 'review_closed', '2026-11-27 22:08:24.545031+00', 'default', 'Inventory.Domain.Reviews.ReviewClosed, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (331, '687edba5-ea66-4cf8-ad84-480058c43ad6', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 1, '{"dueAt": "2025-05-01T00:00:00+00:00", "period": "2025-Q1", "periodEnd": "2025-03-31", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 22:08:33.677881+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (332, '5e71b559-faf9-4b23-b92a-6ae72f1a8998', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 2, '{"dueAt": "2025-07-31T00:00:00+00:00", "period": "2025-Q2", "periodEnd": "2025-06-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 22:08:33.677881+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (333, 'e48dc7de-bff8-4cb3-9332-5e9bc573282b', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 3, '{"dueAt": "2025-10-31T00:00:00+00:00", "period": "2025-Q3", "periodEnd": "2025-09-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 22:08:33.677881+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (334, 'a762c039-d65b-48d6-a3a3-e5d666b3082e', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 4, '{"dueAt": "2026-05-01T00:00:00+00:00", "period": "2026-Q1", "periodEnd": "2026-03-31", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 22:08:33.677881+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_streams VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'segment_portfolio', 84, '2026-11-27 22:08:28.76598+00', '2026-11-27 22:08:28.76598+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'segment_portfolio', 101, '2026-11-27 22:08:28.76598+00', '2026-11-27 22:08:28.76598+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'segment_portfolio', 85, '2026-11-27 22:08:28.76598+00', '2026-11-27 22:08:28.76598+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', 'segment_portfolio', 54, '2026-11-27 22:08:28.76598+00', '2026-11-27 22:08:28.76598+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'a7d8bda5-b887-4b27-80b4-ca77c985dfe7', 'review', 6, '2026-11-27 22:08:28.76598+00', '2026-11-27 22:08:28.76598+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 'review_calendar', 6, '2026-11-27 22:08:34.013233+00', '2026-11-27 22:08:34.013233+00', 0, false);


--
-- Data for Name: relationship_months; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-01-01', 3539, 1572, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-02-01', 4619, 1700, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-04-01', 6351, 2385, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-05-01', 7729, 2858, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-05-01', 11958, 2024, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-07-01', 7305, 3237, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-07-01', 11935, 2168, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-08-01', 7180, 2899, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-08-01', 11521, 1775, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-10-01', 4453, 1899, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-10-01', 8512, 1480, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-11-01', 3995, 1521, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-11-01', 7032, 1176, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-01-01', 3893, 1569, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-01-01', 7029, 1253, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-02-01', 4784, 1895, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-02-01', 9509, 1337, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-04-01', 8187, 2871, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-04-01', 12641, 1978, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-05-01', 8069, 3163, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-05-01', 15680, 2566, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-07-01', 8442, 3383, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-07-01', 14169, 2398, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-08-01', 7913, 3378, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-08-01', 13057, 2257, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-10-01', 5285, 2085, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-10-01', 8922, 1708, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-01-01', 162, 129, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-02-01', 210, 152, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-02-01', 469, 183, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-04-01', 313, 211, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-04-01', 666, 287, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-05-01', 311, 240, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-05-01', 827, 328, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-07-01', 356, 244, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-07-01', 920, 308, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-08-01', 336, 246, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-08-01', 754, 271, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-10-01', 208, 153, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-10-01', 574, 190, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2025-10-01', 32, 27, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-11-01', 198, 149, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-11-01', 473, 163, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2025-11-01', 27, 21, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2025-12-01', 24, 21, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-01-01', 205, 153, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-01-01', 453, 169, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-01-01', 26, 22, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-02-01', 239, 193, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-02-01', 633, 224, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-02-01', 35, 28, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-03-01', 44, 33, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-04-01', 354, 234, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-04-01', 810, 307, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-04-01', 51, 45, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-05-01', 390, 302, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-05-01', 1001, 345, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-05-01', 58, 45, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-06-01', 60, 51, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-07-01', 430, 271, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-07-01', 943, 349, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-07-01', 54, 44, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-08-01', 327, 249, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-08-01', 989, 352, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-08-01', 55, 41, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-09-01', 45, 41, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-10-01', 275, 202, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-10-01', 687, 225, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'a83b1e4a-d691-4176-b2e6-67bf15c329b4', '2026-10-01', 41, 29, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-01-01', 96, 34, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-02-01', 127, 34, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-04-01', 181, 60, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-04-01', 479, 180, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-05-01', 195, 59, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-05-01', 565, 227, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-07-01', 190, 68, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-07-01', 637, 212, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-08-01', 164, 53, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-08-01', 531, 220, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-10-01', 138, 45, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-10-01', 389, 163, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-11-01', 121, 38, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-11-01', 307, 127, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-01-01', 103, 40, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-01-01', 335, 129, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-02-01', 140, 43, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-02-01', 391, 170, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-04-01', 203, 62, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-04-01', 570, 226, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-05-01', 212, 67, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-05-01', 738, 244, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-07-01', 219, 73, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-07-01', 653, 288, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-08-01', 192, 73, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-08-01', 585, 223, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-10-01', 163, 48, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-10-01', 412, 163, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-01-01', 285, 204, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-02-01', 335, 241, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-04-01', 461, 339, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-05-01', 523, 389, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-07-01', 567, 462, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-08-01', 531, 390, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-10-01', 343, 279, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-11-01', 278, 225, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-01-01', 311, 241, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-02-01', 392, 321, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-04-01', 492, 417, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-05-01', 616, 456, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-07-01', 664, 466, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-08-01', 623, 452, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-10-01', 406, 338, NULL, NULL);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-03-01', 4940, 2017, 76, 314);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-06-01', 7106, 3267, 71, 358);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-06-01', 12243, 2394, 76, 273);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-09-01', 6085, 2487, 71, 370);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-09-01', 10219, 1729, 76, 324);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2025-12-01', 3730, 1672, 71, 310);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2025-12-01', 7307, 1051, 79, 289);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-03-01', 6051, 2455, 77, 351);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-03-01', 10264, 1683, 75, 286);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-06-01', 8652, 3317, 68, 385);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-06-01', 14255, 2643, 76, 321);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b236a1c3-2de1-4e78-8e2d-0b081df24668', '2026-09-01', 6941, 2738, 72, 339);
INSERT INTO inventory.relationship_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', 'b09a3f80-e59d-42b0-b8d4-a83a0d3d24e2', '2026-09-01', 10928, 1971, 77, 304);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-03-01', 263, 172, 91, 87);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-03-01', 623, 246, 93, 112);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-06-01', 381, 258, 86, 70);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-06-01', 807, 315, 94, 85);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-09-01', 263, 201, 87, 79);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-09-01', 611, 245, 95, 106);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2025-12-01', 175, 127, 89, 85);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2025-12-01', 409, 164, 91, 96);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-03-01', 307, 213, 87, 63);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-03-01', 731, 267, 90, 83);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-06-01', 377, 292, 89, 69);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-06-01', 1102, 370, 90, 90);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '444940c3-e91c-46f9-abff-d3d813653af9', '2026-09-01', 294, 233, 86, 70);
INSERT INTO inventory.relationship_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', 'd43f5a0a-401c-4874-8560-9529d9130c51', '2026-09-01', 851, 305, 90, 92);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-03-01', 133, 42, 86, 21);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-03-01', 441, 179, 65, 46);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-06-01', 206, 66, 86, 21);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-06-01', 558, 244, 64, 52);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-09-01', 155, 54, 85, 29);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-09-01', 512, 166, 62, 57);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2025-12-01', 99, 30, 89, 24);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2025-12-01', 348, 115, 63, 41);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-03-01', 184, 54, 81, 25);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-03-01', 496, 195, 68, 46);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-06-01', 257, 75, 85, 20);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-06-01', 757, 291, 62, 48);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '07383738-57e5-451a-9ed3-c527f44ceaea', '2026-09-01', 187, 55, 84, 24);
INSERT INTO inventory.relationship_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', 'cd97463e-14c7-4235-b483-6a156616d810', '2026-09-01', 542, 187, 64, 56);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-03-01', 408, 313, 84, 90);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-06-01', 581, 436, 84, 120);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-09-01', 425, 345, 79, 124);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2025-12-01', 271, 245, 78, 118);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-03-01', 459, 383, 78, 115);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-06-01', 694, 529, 85, 93);
INSERT INTO inventory.relationship_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '8e156b23-474c-4d6c-b488-1cb3a2669fbe', '2026-09-01', 456, 363, 77, 103);


--
-- Data for Name: segment_months; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-01-01', 42333.83, 180, 95, 4085);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-02-01', 54308.74, 204, 117, 4172);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-03-01', 64947.13, 282, 157, 4297);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-04-01', 76526.51, 296, 198, 4395);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-05-01', 97174.01, 339, 214, 4520);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-06-01', 99936.32, 398, 210, 4708);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-07-01', 106093.71, 375, 224, 4859);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-08-01', 101619.67, 320, 197, 4982);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-09-01', 84854.99, 285, 151, 5116);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-10-01', 77138.84, 224, 151, 5189);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-11-01', 57853.84, 200, 116, 5273);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2025-12-01', 56736.06, 212, 113, 5372);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-01-01', 62860.54, 225, 115, 5482);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-02-01', 80324.31, 235, 155, 5562);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-03-01', 96797.15, 326, 187, 5701);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-04-01', 121017.06, 340, 234, 5807);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-05-01', 157649.54, 388, 231, 5964);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-06-01', 155007.36, 416, 229, 6151);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-07-01', 162991.25, 458, 250, 6359);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-08-01', 153618.31, 369, 204, 6524);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-09-01', 136016.09, 351, 190, 6685);
INSERT INTO inventory.segment_months VALUES ('default', '9fa1ed72-7362-47c2-a426-62068d6eecf4', '2026-10-01', 120361.07, 270, 168, 6787);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-01-01', 27045.17, 45, 22, 923);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-02-01', 37975.36, 54, 29, 948);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-03-01', 49067.81, 61, 36, 973);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-04-01', 58027.55, 69, 46, 996);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-05-01', 67084.85, 85, 49, 1032);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-06-01', 63580.14, 85, 46, 1071);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-07-01', 68574.51, 85, 46, 1110);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-08-01', 67786.25, 85, 48, 1147);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-09-01', 55300.57, 69, 36, 1180);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-10-01', 54279.45, 60, 32, 1208);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-11-01', 41502.07, 44, 27, 1225);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2025-12-01', 42310.25, 44, 28, 1241);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-01-01', 45917.44, 53, 29, 1265);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-02-01', 53451.11, 61, 32, 1294);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-03-01', 78979.19, 73, 42, 1325);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-04-01', 83041.28, 94, 49, 1370);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-05-01', 108265.09, 93, 55, 1408);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-06-01', 120498.13, 109, 64, 1453);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-07-01', 122598.59, 101, 56, 1498);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-08-01', 111752.42, 81, 54, 1525);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-09-01', 88323.90, 76, 47, 1554);
INSERT INTO inventory.segment_months VALUES ('default', '4d803b11-787d-495c-a103-ba20c9507793', '2026-10-01', 77167.30, 66, 39, 1581);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-01-01', 24884.34, 2, 1, 41);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-02-01', 30970.70, 3, 1, 43);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-03-01', 43554.93, 3, 1, 45);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-04-01', 54086.21, 4, 2, 47);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-05-01', 58353.87, 5, 2, 50);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-06-01', 70752.84, 5, 3, 52);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-07-01', 70614.41, 5, 2, 55);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-08-01', 69929.81, 4, 2, 57);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-09-01', 64435.74, 4, 2, 59);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-10-01', 46775.12, 3, 1, 61);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-11-01', 44065.79, 3, 1, 63);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2025-12-01', 44154.20, 3, 1, 65);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-01-01', 53234.72, 3, 1, 67);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-02-01', 64663.91, 3, 1, 69);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-03-01', 76644.75, 4, 2, 71);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-04-01', 88025.35, 5, 3, 73);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-05-01', 105696.74, 6, 2, 77);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-06-01', 119157.56, 6, 3, 80);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-07-01', 120915.72, 6, 3, 83);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-08-01', 122586.47, 5, 3, 85);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-09-01', 111912.64, 4, 2, 87);
INSERT INTO inventory.segment_months VALUES ('default', 'cc216aa3-38c8-4ecc-b4f1-b3eb6c0142f4', '2026-10-01', 88512.65, 4, 2, 89);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-01-01', 1142.81, 16, 13, 303);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-02-01', 1620.45, 21, 17, 307);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-03-01', 1757.47, 24, 20, 311);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-04-01', 2267.43, 30, 22, 319);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-05-01', 2521.68, 35, 25, 329);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-06-01', 2669.11, 35, 30, 334);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-07-01', 2766.34, 37, 27, 344);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-08-01', 2392.44, 33, 25, 352);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-09-01', 2154.09, 25, 20, 357);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-10-01', 1688.93, 23, 17, 363);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-11-01', 1332.92, 18, 14, 367);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2025-12-01', 1492.78, 20, 16, 371);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-01-01', 1570.22, 22, 15, 378);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-02-01', 1918.51, 25, 21, 382);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-03-01', 2052.55, 27, 23, 386);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-04-01', 2368.74, 34, 27, 393);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-05-01', 3158.38, 38, 30, 401);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-06-01', 2914.32, 39, 35, 405);
INSERT INTO inventory.segment_months VALUES ('default', 'fb4a15f3-04b9-4630-a82e-2ba31be11b44', '2026-07-01', 400, 0, 405, 0);


--
-- Data for Name: wolverine_agent_restrictions; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: wolverine_control_queue; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: wolverine_dead_letter_history; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: wolverine_dead_letters; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: wolverine_incoming_envelopes; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.wolverine_incoming_envelopes VALUES ('08df4cd2-f9c7-7324-3e46-4f1904160000', 'Scheduled', 1, '2027-01-31 00:00:00+00', 0, '\xe472c7f9d24cdf480b00000006736f757263650d496e76656e746f72792e4170690c6d6573736167652d7479706524496e76656e746f72792e4170692e526576696577732e436865636b526576696577447565097265706c792d757269106c6f63616c3a2f2f7265706c6965732f0c636f6e74656e742d74797065106170706c69636174696f6e2f6a736f6e0e636f7272656c6174696f6e2d69642432653761623731322d333964662d343731652d396138662d3436323530633731386630310f636f6e766572736174696f6e2d69642430386466346364322d663963372d373332342d336534362d3466313930343136303030300b64657374696e6174696f6e2d6c6f63616c3a2f2f696e76656e746f72792e6170692e726576696577732e636865636b7265766965776475652f0974656e616e742d69640764656661756c741661636365707465642d636f6e74656e742d7479706573106170706c69636174696f6e2f6a736f6e0269642430386466346364322d663963372d373332342d336534362d3466313930343136303030300c74696d652d746f2d73656e641b323032372d30312d33315430303a30303a30302e30303030303030480000007b226f7267616e697a6174696f6e4964223a2264656661756c74222c22706572696f64223a22323032362d5134222c2266697363616c5965617253746172744d6f6e7468223a317d', 'Inventory.Api.Reviews.CheckReviewDue', 'local://inventory.api.reviews.checkreviewdue/', NULL);


--
-- Data for Name: wolverine_node_assignments; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.wolverine_node_assignments VALUES ('wolverine://leader/', 'ca3e85c8-cde4-4e00-92df-87c3fee60e2c', '2026-11-27 22:08:15.94012+00');
INSERT INTO inventory.wolverine_node_assignments VALUES ('wolverinedb://postgresql/127.0.0.1/inventory/inventory', 'ca3e85c8-cde4-4e00-92df-87c3fee60e2c', '2026-11-27 22:08:20.46662+00');
INSERT INTO inventory.wolverine_node_assignments VALUES ('event-subscriptions://marten/main/127!0!0!1.inventory/audittrail/all', 'ca3e85c8-cde4-4e00-92df-87c3fee60e2c', '2026-11-27 22:08:24.156788+00');


--
-- Data for Name: wolverine_node_records; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.wolverine_node_records VALUES (1, 1, 'NodeStarted', '2026-11-27 22:08:08.967298+00', '');
INSERT INTO inventory.wolverine_node_records VALUES (2, 1, 'LeadershipAssumed', '2026-11-27 22:08:16.405932+00', 'wolverine://leader/');
INSERT INTO inventory.wolverine_node_records VALUES (3, 1, 'AssignmentChanged', '2026-11-27 22:08:18.515926+00', 'AssignAgent { AgentUri = event-subscriptions://marten/main/127!0!0!1.inventory/audittrail/all, Destination = NodeDestination { NodeId = ca3e85c8-cde4-4e00-92df-87c3fee60e2c, ControlUri = dbcontrol://ca3e85c8-cde4-4e00-92df-87c3fee60e2c/ }, DestinationNodeId = ca3e85c8-cde4-4e00-92df-87c3fee60e2c }');
INSERT INTO inventory.wolverine_node_records VALUES (4, 1, 'AssignmentChanged', '2026-11-27 22:08:18.515926+00', 'AssignAgent { AgentUri = wolverinedb://postgresql/127.0.0.1/inventory/inventory, Destination = NodeDestination { NodeId = ca3e85c8-cde4-4e00-92df-87c3fee60e2c, ControlUri = dbcontrol://ca3e85c8-cde4-4e00-92df-87c3fee60e2c/ }, DestinationNodeId = ca3e85c8-cde4-4e00-92df-87c3fee60e2c }');
INSERT INTO inventory.wolverine_node_records VALUES (5, 1, 'AgentStarted', '2026-11-27 22:08:21.510149+00', 'wolverinedb://postgresql/127.0.0.1/inventory/inventory');
INSERT INTO inventory.wolverine_node_records VALUES (6, 1, 'AgentStarted', '2026-11-27 22:08:24.276929+00', 'event-subscriptions://marten/main/127!0!0!1.inventory/audittrail/all');


--
-- Data for Name: wolverine_nodes; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.wolverine_nodes VALUES ('ca3e85c8-cde4-4e00-92df-87c3fee60e2c', 1, 'vm', 'dbcontrol://ca3e85c8-cde4-4e00-92df-87c3fee60e2c/', '2026-11-27 22:08:08.003677+00', '2026-11-27 22:09:21.301028+00', '1.0.0.0', '{event-subscriptions://marten/main/127!0!0!1.inventory/audittrail/all,wolverine://durability-agents-enabled/}');


--
-- Data for Name: wolverine_outgoing_envelopes; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: inventory; Owner: -
--

SELECT pg_catalog.setval('inventory.mt_events_sequence', 336, true);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE SET; Schema: inventory; Owner: -
--

SELECT pg_catalog.setval('inventory.wolverine_node_records_id_seq', 6, true);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE SET; Schema: inventory; Owner: -
--

SELECT pg_catalog.setval('inventory.wolverine_nodes_node_number_seq', 1, true);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_apikey pkey_mt_doc_apikey_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_apikey
    ADD CONSTRAINT pkey_mt_doc_apikey_id PRIMARY KEY (id);


--
-- Name: mt_doc_auditentry pkey_mt_doc_auditentry_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_auditentry
    ADD CONSTRAINT pkey_mt_doc_auditentry_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_envelope pkey_mt_doc_envelope_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_envelope
    ADD CONSTRAINT pkey_mt_doc_envelope_id PRIMARY KEY (id);


--
-- Name: mt_doc_idempotentanswer pkey_mt_doc_idempotentanswer_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_idempotentanswer
    ADD CONSTRAINT pkey_mt_doc_idempotentanswer_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_organization pkey_mt_doc_organization_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_organization
    ADD CONSTRAINT pkey_mt_doc_organization_id PRIMARY KEY (id);


--
-- Name: mt_doc_reminderschedule pkey_mt_doc_reminderschedule_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_reminderschedule
    ADD CONSTRAINT pkey_mt_doc_reminderschedule_id PRIMARY KEY (id);


--
-- Name: mt_doc_review pkey_mt_doc_review_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_review
    ADD CONSTRAINT pkey_mt_doc_review_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_reviewcalendar pkey_mt_doc_reviewcalendar_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_reviewcalendar
    ADD CONSTRAINT pkey_mt_doc_reviewcalendar_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_reviewpack pkey_mt_doc_reviewpack_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_reviewpack
    ADD CONSTRAINT pkey_mt_doc_reviewpack_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_reviewperiodclaim pkey_mt_doc_reviewperiodclaim_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_reviewperiodclaim
    ADD CONSTRAINT pkey_mt_doc_reviewperiodclaim_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_segmentportfolio pkey_mt_doc_segmentportfolio_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_segmentportfolio
    ADD CONSTRAINT pkey_mt_doc_segmentportfolio_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_websession pkey_mt_doc_websession_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_doc_websession
    ADD CONSTRAINT pkey_mt_doc_websession_id PRIMARY KEY (id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_tenant_id_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_streams
    ADD CONSTRAINT pkey_mt_streams_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: relationship_months pkey_relationship_months_tenant_id_segment_id_relationship_id_m; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.relationship_months
    ADD CONSTRAINT pkey_relationship_months_tenant_id_segment_id_relationship_id_m PRIMARY KEY (tenant_id, segment_id, relationship_id, month);


--
-- Name: segment_months pkey_segment_months_tenant_id_segment_id_month; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.segment_months
    ADD CONSTRAINT pkey_segment_months_tenant_id_segment_id_month PRIMARY KEY (tenant_id, segment_id, month);


--
-- Name: wolverine_agent_restrictions pkey_wolverine_agent_restrictions_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_agent_restrictions
    ADD CONSTRAINT pkey_wolverine_agent_restrictions_id PRIMARY KEY (id);


--
-- Name: wolverine_control_queue pkey_wolverine_control_queue_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_control_queue
    ADD CONSTRAINT pkey_wolverine_control_queue_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letter_history pkey_wolverine_dead_letter_history_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_dead_letter_history
    ADD CONSTRAINT pkey_wolverine_dead_letter_history_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letters pkey_wolverine_dead_letters_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_dead_letters
    ADD CONSTRAINT pkey_wolverine_dead_letters_id PRIMARY KEY (id);


--
-- Name: wolverine_incoming_envelopes pkey_wolverine_incoming_envelopes_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_incoming_envelopes
    ADD CONSTRAINT pkey_wolverine_incoming_envelopes_id PRIMARY KEY (id);


--
-- Name: wolverine_node_assignments pkey_wolverine_node_assignments_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_node_assignments
    ADD CONSTRAINT pkey_wolverine_node_assignments_id PRIMARY KEY (id);


--
-- Name: wolverine_node_records pkey_wolverine_node_records_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_node_records
    ADD CONSTRAINT pkey_wolverine_node_records_id PRIMARY KEY (id);


--
-- Name: wolverine_nodes pkey_wolverine_nodes_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_nodes
    ADD CONSTRAINT pkey_wolverine_nodes_id PRIMARY KEY (id);


--
-- Name: wolverine_outgoing_envelopes pkey_wolverine_outgoing_envelopes_id; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_outgoing_envelopes
    ADD CONSTRAINT pkey_wolverine_outgoing_envelopes_id PRIMARY KEY (id);


--
-- Name: idx_wolverine_dead_letter_history_last_replayed_at; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_dead_letter_history_last_replayed_at ON inventory.wolverine_dead_letter_history USING btree (last_replayed_at);


--
-- Name: idx_wolverine_dead_letters_failure_group; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_failure_group ON inventory.wolverine_dead_letters USING btree (failure_group);


--
-- Name: idx_wolverine_dead_letters_replayable; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_replayable ON inventory.wolverine_dead_letters USING btree (replayable) WHERE (replayable = true);


--
-- Name: idx_wolverine_incoming_envelopes_keep_until; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_keep_until ON inventory.wolverine_incoming_envelopes USING btree (keep_until) WHERE ((status)::text = 'Handled'::text);


--
-- Name: idx_wolverine_incoming_envelopes_owner; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_owner ON inventory.wolverine_incoming_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_incoming_envelopes_recover; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_recover ON inventory.wolverine_incoming_envelopes USING btree (received_at) WHERE (((status)::text = 'Incoming'::text) AND (owner_id = 0));


--
-- Name: idx_wolverine_incoming_envelopes_scheduled; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_scheduled ON inventory.wolverine_incoming_envelopes USING btree (execution_time) WHERE ((status)::text = 'Scheduled'::text);


--
-- Name: idx_wolverine_outgoing_envelopes_owner; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_owner ON inventory.wolverine_outgoing_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_outgoing_envelopes_recover; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_recover ON inventory.wolverine_outgoing_envelopes USING btree (destination) WHERE (owner_id = 0);


--
-- Name: ix_relationship_months_tenant_month; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX ix_relationship_months_tenant_month ON inventory.relationship_months USING btree (tenant_id, month);


--
-- Name: mt_doc_apikey_uidx_hash; Type: INDEX; Schema: inventory; Owner: -
--

CREATE UNIQUE INDEX mt_doc_apikey_uidx_hash ON inventory.mt_doc_apikey USING btree (((data ->> 'hash'::text)));


--
-- Name: mt_doc_auditentry_idx_recorded_at; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX mt_doc_auditentry_idx_recorded_at ON inventory.mt_doc_auditentry USING btree (inventory.mt_immutable_timestamptz((data ->> 'recordedAt'::text)));


--
-- Name: mt_doc_auditentry_idx_sequence; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX mt_doc_auditentry_idx_sequence ON inventory.mt_doc_auditentry USING btree ((((data ->> 'sequence'::text))::bigint));


--
-- Name: mt_doc_auditentry_idx_stream_id; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX mt_doc_auditentry_idx_stream_id ON inventory.mt_doc_auditentry USING btree ((((data ->> 'streamId'::text))::uuid));


--
-- Name: mt_doc_websession_idx_key_id; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX mt_doc_websession_idx_key_id ON inventory.mt_doc_websession USING btree ((((data ->> 'keyId'::text))::uuid));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: inventory; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON inventory.mt_events USING btree (tenant_id, stream_id, version);


--
-- Name: mt_doc_apikey inventory_key_changed; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER inventory_key_changed AFTER DELETE OR UPDATE ON inventory.mt_doc_apikey FOR EACH ROW EXECUTE FUNCTION inventory.inventory_notify_key_change();


--
-- Name: mt_doc_apikey inventory_keys_truncated; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER inventory_keys_truncated AFTER TRUNCATE ON inventory.mt_doc_apikey FOR EACH STATEMENT EXECUTE FUNCTION inventory.inventory_notify_key_change();


--
-- Name: mt_doc_websession inventory_session_changed; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER inventory_session_changed AFTER DELETE OR UPDATE ON inventory.mt_doc_websession FOR EACH ROW EXECUTE FUNCTION inventory.inventory_notify_key_change();


--
-- Name: mt_doc_websession inventory_sessions_truncated; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER inventory_sessions_truncated AFTER TRUNCATE ON inventory.mt_doc_websession FOR EACH STATEMENT EXECUTE FUNCTION inventory.inventory_notify_key_change();


--
-- Name: mt_events fkey_mt_events_stream_id_tenant_id; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id_tenant_id FOREIGN KEY (tenant_id, stream_id) REFERENCES inventory.mt_streams(tenant_id, id);


--
-- Name: wolverine_node_assignments fkey_wolverine_node_assignments_node_id; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.wolverine_node_assignments
    ADD CONSTRAINT fkey_wolverine_node_assignments_node_id FOREIGN KEY (node_id) REFERENCES inventory.wolverine_nodes(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


