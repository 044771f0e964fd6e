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
    mt_version bigint DEFAULT 0 NOT NULL,
    report_figures jsonb GENERATED ALWAYS AS ((data -> 'figures'::text)) STORED,
    report_name text GENERATED ALWAYS AS ((data ->> 'name'::text)) STORED,
    report_latest_effective_date text GENERATED ALWAYS AS ((data ->> 'latestEffectiveDate'::text)) STORED
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
    "timestamp" timestamp with time zone DEFAULT '2026-11-27 17:01:11.970443+00'::timestamp with time zone NOT NULL,
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

INSERT INTO inventory.mt_doc_apikey VALUES ('7b203cbf-b1e4-4418-9b13-343fdff76275', '{"id": "7b203cbf-b1e4-4418-9b13-343fdff76275", "hash": "ea3cbe793d89e836b7ea2eac3ef1aeb7a764386053eada973044e7939047fe09", "name": "local-admin", "role": "Admin", "prefix": "ri_pHab", "isActive": true, "createdAt": "2026-11-27T17:01:16.7777298+00:00", "revokedAt": null, "organizationId": "default"}', '2026-11-27 17:01:17.539908+00', '01a21df4-4502-4d1d-ab14-c9c33f208f24', 'Inventory.Api.Access.ApiKey');


--
-- Data for Name: mt_doc_auditentry; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a6f39767-e88b-4853-b8cf-4a039fee71b2', '{"id": "a6f39767-e88b-4853-b8cf-4a039fee71b2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Commuters'' defined with objective retention", "version": 1, "sequence": 1, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "segment_defined", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-44ce-83a5-62034147cd20', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c04fe422-ab8d-4168-8b62-d61d1a4323ff', '{"id": "c04fe422-ab8d-4168-8b62-d61d1a4323ff", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects selfService (importance 4)", "version": 2, "sequence": 2, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "expectation_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-443d-be88-df9e7c404aea', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bf0c7dcf-72b8-41bf-8025-b11971edd6d6', '{"id": "bf0c7dcf-72b8-41bf-8025-b11971edd6d6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects automatedServices (importance 3)", "version": 3, "sequence": 3, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "expectation_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4191-8c5d-ec0f674a8248', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f04bcfd4-5bf5-48c5-ad20-a89f722d703e', '{"id": "f04bcfd4-5bf5-48c5-ad20-a89f722d703e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects communities (importance 2)", "version": 4, "sequence": 4, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "expectation_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4e37-8c1d-cab5a695657f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '85cba685-51fe-496d-bf01-78daaea7ccd2', '{"id": "85cba685-51fe-496d-bf01-78daaea7ccd2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established selfService ''Web shop and repair booking'' at 1,800.00 EUR/month + 0.04 per interaction", "version": 5, "sequence": 5, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "relationship_established", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-491a-914a-14aa2dd786ec', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '39f19a6b-5380-4288-9768-2f5a10c72b07', '{"id": "39f19a6b-5380-4288-9768-2f5a10c72b07", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established automatedServices ''Ride app with service reminders'' at 950.00 EUR/month + 0.02 per interaction", "version": 6, "sequence": 6, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "relationship_established", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4a88-97a8-1252538efc02', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1c12c203-6a37-4755-833e-20e017d18aef', '{"id": "1c12c203-6a37-4755-833e-20e017d18aef", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 3,539 interactions, 1,572 customers reached", "version": 7, "sequence": 7, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4d7b-8db1-91f8baa7dd3e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b7dc9c00-0d60-4d67-bfd0-fd18fa111b57', '{"id": "b7dc9c00-0d60-4d67-bfd0-fd18fa111b57", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 4,619 interactions, 1,700 customers reached", "version": 8, "sequence": 8, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4677-906c-0df4d3cdf967', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd4ea2e61-c467-4988-a924-a397163d68e0', '{"id": "d4ea2e61-c467-4988-a924-a397163d68e0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 4,940 interactions, 2,017 customers reached", "version": 9, "sequence": 9, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4853-9a95-8b284479c853', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '36cb2ed1-137a-4407-8dc5-2dc640cc5f09', '{"id": "36cb2ed1-137a-4407-8dc5-2dc640cc5f09", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 76.0 from 314 responses", "version": 10, "sequence": 10, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4427-95fc-dd0720b6b08b', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e0d18fe8-2e1f-4d59-a428-267f8174942b', '{"id": "e0d18fe8-2e1f-4d59-a428-267f8174942b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 6,351 interactions, 2,385 customers reached", "version": 11, "sequence": 11, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-491f-8a2a-4a10a4c63f75', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd89d8249-cb68-4cd5-98de-62078266f696', '{"id": "d89d8249-cb68-4cd5-98de-62078266f696", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 7,729 interactions, 2,858 customers reached", "version": 12, "sequence": 12, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4d6d-bddc-0b4a7ee0be95', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c186d959-fb82-41b4-8acb-ca5b5b902e9e', '{"id": "c186d959-fb82-41b4-8acb-ca5b5b902e9e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 11,958 interactions, 2,024 customers reached", "version": 13, "sequence": 13, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4fa4-98dc-348e963a4642', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4652fae0-352f-41d4-8441-b328b18395c7', '{"id": "4652fae0-352f-41d4-8441-b328b18395c7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 7,106 interactions, 3,267 customers reached", "version": 14, "sequence": 14, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-43dc-94a7-149fd81c3315', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b1bdda97-4a27-468e-94df-be869ed6798e', '{"id": "b1bdda97-4a27-468e-94df-be869ed6798e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 12,243 interactions, 2,394 customers reached", "version": 15, "sequence": 15, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-444e-b688-b5945ffe8d12', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7e385b5f-3cc9-40b8-ab72-3c2ff85e7c3b', '{"id": "7e385b5f-3cc9-40b8-ab72-3c2ff85e7c3b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 71.0 from 358 responses", "version": 16, "sequence": 16, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-41be-95ba-a0cf8cf5e27f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '17bb868e-3633-48a3-a80b-eff1f170adc8', '{"id": "17bb868e-3633-48a3-a80b-eff1f170adc8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 76.0 from 273 responses", "version": 17, "sequence": 17, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4d26-9d01-b547c95c2669', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ce498b17-56f1-40cd-b6ae-723e4d714365', '{"id": "ce498b17-56f1-40cd-b6ae-723e4d714365", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 7,305 interactions, 3,237 customers reached", "version": 18, "sequence": 18, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-45db-a8d5-69e7586c771e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f6de0a9a-4f50-4b56-a1aa-e3484aa1067c', '{"id": "f6de0a9a-4f50-4b56-a1aa-e3484aa1067c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 11,935 interactions, 2,168 customers reached", "version": 19, "sequence": 19, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4376-a3b9-9a7984951d2f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e06e1400-3590-45ad-bb93-32cf3f2abab6', '{"id": "e06e1400-3590-45ad-bb93-32cf3f2abab6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 7,180 interactions, 2,899 customers reached", "version": 20, "sequence": 20, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191d-4633-ba97-1e8e9349fb15', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6c33821e-e0b9-41d3-9c4a-c71a99d2f3c9', '{"id": "6c33821e-e0b9-41d3-9c4a-c71a99d2f3c9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 11,521 interactions, 1,775 customers reached", "version": 21, "sequence": 21, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4b0f-b7f3-30e691189704', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '33dd7acb-e80f-4488-9be1-ed3e976c6131', '{"id": "33dd7acb-e80f-4488-9be1-ed3e976c6131", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 6,085 interactions, 2,487 customers reached", "version": 22, "sequence": 22, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-410c-a39e-652c3a60d4ba', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b2e82d25-eb49-4921-a2ae-704c9c49afa3', '{"id": "b2e82d25-eb49-4921-a2ae-704c9c49afa3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 10,219 interactions, 1,729 customers reached", "version": 23, "sequence": 23, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4074-a39a-3a081e488a54', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b7676d49-6916-4ede-bbbe-846ec43c1209', '{"id": "b7676d49-6916-4ede-bbbe-846ec43c1209", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 71.0 from 370 responses", "version": 24, "sequence": 24, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-472a-a75c-5e3a2236221e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b6bd0912-6a20-4bb8-b8f1-79281d2e7990', '{"id": "b6bd0912-6a20-4bb8-b8f1-79281d2e7990", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 76.0 from 324 responses", "version": 25, "sequence": 25, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-42a5-a3bb-c4ed5ed32b0c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '044ba4bb-642c-4544-b27e-03ad48627eee', '{"id": "044ba4bb-642c-4544-b27e-03ad48627eee", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 4,453 interactions, 1,899 customers reached", "version": 26, "sequence": 26, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4984-ae72-8123291e7e0e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0d3eaa2e-9483-4ade-9b17-1ef307e50031', '{"id": "0d3eaa2e-9483-4ade-9b17-1ef307e50031", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 8,512 interactions, 1,480 customers reached", "version": 27, "sequence": 27, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f09-98cc-09fe8d2e7c69', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1067a270-b9db-421a-bd21-04e052faa03b', '{"id": "1067a270-b9db-421a-bd21-04e052faa03b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 3,995 interactions, 1,521 customers reached", "version": 28, "sequence": 28, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d9f-a01d-0d6209ce28f8', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7cffbede-e9fd-4ef7-a87e-8a580976c0ce', '{"id": "7cffbede-e9fd-4ef7-a87e-8a580976c0ce", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 7,032 interactions, 1,176 customers reached", "version": 29, "sequence": 29, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4e3e-9f46-b65a0cee6ca0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '14f51517-7673-466c-8f65-b79cda22af7f', '{"id": "14f51517-7673-466c-8f65-b79cda22af7f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 3,730 interactions, 1,672 customers reached", "version": 30, "sequence": 30, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-46eb-811a-1998d3451920', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7b69ab71-b1a8-46fa-ba27-56476541139a', '{"id": "7b69ab71-b1a8-46fa-ba27-56476541139a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 7,307 interactions, 1,051 customers reached", "version": 31, "sequence": 31, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4019-a59a-d42ddc16f3da', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3af753ae-e817-411d-8869-befdf6e60a3f', '{"id": "3af753ae-e817-411d-8869-befdf6e60a3f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 71.0 from 310 responses", "version": 32, "sequence": 32, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-43e9-a560-04f8626876c8', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c557870b-e3f4-4032-8ec2-875950405d29', '{"id": "c557870b-e3f4-4032-8ec2-875950405d29", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 79.0 from 289 responses", "version": 33, "sequence": 33, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4254-b75a-247e9052f316', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e261311b-db78-4ace-8a10-b5ebe35dfbec', '{"id": "e261311b-db78-4ace-8a10-b5ebe35dfbec", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 3,893 interactions, 1,569 customers reached", "version": 34, "sequence": 34, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-494a-beeb-f06968cf8541', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a4623ada-f073-4094-a356-03479bb444cb', '{"id": "a4623ada-f073-4094-a356-03479bb444cb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 7,029 interactions, 1,253 customers reached", "version": 35, "sequence": 35, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-48c1-94fe-5d4a7999f653', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9a881a29-a09e-4940-93a7-ad750f5d7882', '{"id": "9a881a29-a09e-4940-93a7-ad750f5d7882", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 4,784 interactions, 1,895 customers reached", "version": 36, "sequence": 36, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4eee-bc6c-bd0c8bd16974', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '713ad8b9-e98a-40bc-b795-9597995afcc6', '{"id": "713ad8b9-e98a-40bc-b795-9597995afcc6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 9,509 interactions, 1,337 customers reached", "version": 37, "sequence": 37, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4ad2-becd-33c5fbe49e95', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '60ac2139-495f-4676-8068-e0db89cd8c16', '{"id": "60ac2139-495f-4676-8068-e0db89cd8c16", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 6,051 interactions, 2,455 customers reached", "version": 38, "sequence": 38, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-41b4-b70e-0689dc727c0e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd8290a34-a3ed-4011-8c31-5a531b2a4756', '{"id": "d8290a34-a3ed-4011-8c31-5a531b2a4756", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 10,264 interactions, 1,683 customers reached", "version": 39, "sequence": 39, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-421a-a22e-948e52896884', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '60060098-7420-4b8f-bdb5-58503dc12fb4', '{"id": "60060098-7420-4b8f-bdb5-58503dc12fb4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 77.0 from 351 responses", "version": 40, "sequence": 40, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-42b8-b538-c26d8a4edb00', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ee5642d5-0ea3-4212-8a7c-e409296b7e38', '{"id": "ee5642d5-0ea3-4212-8a7c-e409296b7e38", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 75.0 from 286 responses", "version": 41, "sequence": 41, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4e53-9173-f171a225e1ef', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '30721f2e-4df8-446c-bbb4-a43be878c21c', '{"id": "30721f2e-4df8-446c-bbb4-a43be878c21c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 8,187 interactions, 2,871 customers reached", "version": 42, "sequence": 42, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4007-b61a-b728492f5be0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6d581163-52d2-486f-8d63-114efe33349f', '{"id": "6d581163-52d2-486f-8d63-114efe33349f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 12,641 interactions, 1,978 customers reached", "version": 43, "sequence": 43, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4dc4-bda8-a01cc2bdab3e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0ddcd1b8-20a2-4525-8786-ffe724451a12', '{"id": "0ddcd1b8-20a2-4525-8786-ffe724451a12", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 8,069 interactions, 3,163 customers reached", "version": 44, "sequence": 44, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-436e-bea4-4b984fe33928', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '36d15783-1ba4-470d-b258-3af555b574d6', '{"id": "36d15783-1ba4-470d-b258-3af555b574d6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 15,680 interactions, 2,566 customers reached", "version": 45, "sequence": 45, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d7f-90b4-d6ebf6a90c52', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5edd84aa-63a9-4ab1-87a3-d38d42cfec74', '{"id": "5edd84aa-63a9-4ab1-87a3-d38d42cfec74", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 8,652 interactions, 3,317 customers reached", "version": 46, "sequence": 46, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-42ea-bc92-c5776239fe4a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '73e86426-2392-4143-bb55-8dac0c2e7c1a', '{"id": "73e86426-2392-4143-bb55-8dac0c2e7c1a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 14,255 interactions, 2,643 customers reached", "version": 47, "sequence": 47, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-497e-831d-5c0dc5837067', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cd5e4b05-444f-46b9-a184-94fc3feba4eb', '{"id": "cd5e4b05-444f-46b9-a184-94fc3feba4eb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 68.0 from 385 responses", "version": 48, "sequence": 48, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-487e-8e1a-924ac9cbbe63', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e7215dfc-db21-4935-9216-3326ded49c5b', '{"id": "e7215dfc-db21-4935-9216-3326ded49c5b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 76.0 from 321 responses", "version": 49, "sequence": 49, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-42d9-824a-12158633f628', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '06717ebd-e551-4969-939c-0381059761f1', '{"id": "06717ebd-e551-4969-939c-0381059761f1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 8,442 interactions, 3,383 customers reached", "version": 50, "sequence": 50, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-44aa-b322-9f03a9ba7ea0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e7dd3ce5-b61d-459b-acf4-060201378ace', '{"id": "e7dd3ce5-b61d-459b-acf4-060201378ace", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 14,169 interactions, 2,398 customers reached", "version": 51, "sequence": 51, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4e64-84e2-f1994f7bfe71', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6ff896b7-4cf6-42ec-ad3a-64170b7beec7', '{"id": "6ff896b7-4cf6-42ec-ad3a-64170b7beec7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 7,913 interactions, 3,378 customers reached", "version": 52, "sequence": 52, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4bb9-971a-e1b6e1c0f7dc', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b2a1b90e-3509-4ab8-aaad-bdf3bfea4999', '{"id": "b2a1b90e-3509-4ab8-aaad-bdf3bfea4999", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 13,057 interactions, 2,257 customers reached", "version": 53, "sequence": 53, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4bfa-bcc8-f8bf51a864a9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e78fb6f4-cfb3-40d1-9de2-18513242325f', '{"id": "e78fb6f4-cfb3-40d1-9de2-18513242325f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 6,941 interactions, 2,738 customers reached", "version": 54, "sequence": 54, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d1a-aebe-38cfd7ed61d2', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '48c3b90c-4891-4e0d-9a28-82c59f562507', '{"id": "48c3b90c-4891-4e0d-9a28-82c59f562507", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 10,928 interactions, 1,971 customers reached", "version": 55, "sequence": 55, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f22-9f8c-0579bf40a82c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9e9e7e2c-fd2f-4da2-8e15-4847d1d29bee', '{"id": "9e9e7e2c-fd2f-4da2-8e15-4847d1d29bee", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 72.0 from 339 responses", "version": 56, "sequence": 56, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4611-b9cc-0b9ff66b2b05', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0f34c0bc-bf6a-4773-8871-0717beccabaa', '{"id": "0f34c0bc-bf6a-4773-8871-0717beccabaa", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 77.0 from 304 responses", "version": 57, "sequence": 57, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "satisfaction_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f40-b656-79b9bab30aff', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b6876439-5cd1-4972-b3a9-2818fc979b92', '{"id": "b6876439-5cd1-4972-b3a9-2818fc979b92", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 5,285 interactions, 2,085 customers reached", "version": 58, "sequence": 58, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-423e-ba51-0e3ec69915b0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ec84f267-4a22-4790-b8c7-2388f0d687fe', '{"id": "ec84f267-4a22-4790-b8c7-2388f0d687fe", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 8,922 interactions, 1,708 customers reached", "version": 59, "sequence": 59, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "usage_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4456-b851-6df09014f4b5', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '298da2a6-cef0-4acf-ae7a-d257f24bb03f', '{"id": "298da2a6-cef0-4acf-ae7a-d257f24bb03f", "user": "demo-loader", "reason": "New hosting contract", "stream": "segment", "summary": "Cost revised to 2,100.00/month + 0.035 per interaction", "version": 60, "sequence": 60, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "cost_revised", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4495-b496-2913ab3cecf4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cae6ac8f-76f5-4aac-b7d6-ef99860884dd', '{"id": "cae6ac8f-76f5-4aac-b7d6-ef99860884dd", "user": "demo-loader", "reason": "Commuter base is loyal; grow accessories", "stream": "segment", "summary": "Objective changed to boostingSales", "version": 61, "sequence": 61, "streamId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "eventType": "segment_objective_changed", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.531966+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-40ba-aed5-cbca2985e9b7', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '29bd243a-b932-47f1-b049-639cd0a25484', '{"id": "29bd243a-b932-47f1-b049-639cd0a25484", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Sport riders'' defined with objective boostingSales", "version": 1, "sequence": 62, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "segment_defined", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4731-842d-861a18ef3737', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '76a2e07b-aa87-4bd8-9607-3d2ec59f63ef', '{"id": "76a2e07b-aa87-4bd8-9607-3d2ec59f63ef", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects personalAssistance (importance 5)", "version": 2, "sequence": 63, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "expectation_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4859-8166-b327e61f8977', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '93c69807-1557-40e4-a300-410e63b69b5c', '{"id": "93c69807-1557-40e4-a300-410e63b69b5c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects communities (importance 4)", "version": 3, "sequence": 64, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "expectation_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-48a2-b3d5-03022b5228e8', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '082a9ed2-a539-4b82-b04d-b697d6a785b6', '{"id": "082a9ed2-a539-4b82-b04d-b697d6a785b6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects coCreation (importance 2)", "version": 4, "sequence": 65, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "expectation_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-41b9-b0b3-6fdd64c2a0ff', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3dd97cd2-b9a6-4263-bddf-4b0d34efd8a7', '{"id": "3dd97cd2-b9a6-4263-bddf-4b0d34efd8a7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established personalAssistance ''Fitting studio'' at 5,200.00 EUR/month + 6.50 per interaction", "version": 5, "sequence": 66, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "relationship_established", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4212-b214-a371045c1487', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8c211f41-c0bf-42a4-acca-91051e3ad9b5', '{"id": "8c211f41-c0bf-42a4-acca-91051e3ad9b5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established communities ''Saturday ride club'' at 700.00 EUR/month + 0.00 per interaction", "version": 6, "sequence": 67, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "relationship_established", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-41ef-acdc-dee5846bc989', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5e05e0d0-50bf-4d4d-9ed0-e7e56fb8e381', '{"id": "5e05e0d0-50bf-4d4d-9ed0-e7e56fb8e381", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established coCreation ''Product test panel'' at 400.00 EUR/month + 12.00 per interaction", "version": 7, "sequence": 68, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "relationship_established", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4293-b2bd-cf1a4c44edb9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '77b46c3b-0f38-4071-9f33-1dd287b719a8', '{"id": "77b46c3b-0f38-4071-9f33-1dd287b719a8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 162 interactions, 129 customers reached", "version": 8, "sequence": 69, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4087-9ec4-8fac48eb01c1', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '56ef4cf4-5971-487c-b228-d533bd213a58', '{"id": "56ef4cf4-5971-487c-b228-d533bd213a58", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 210 interactions, 152 customers reached", "version": 9, "sequence": 70, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4edd-bcfe-73fa125d642c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '00524a97-986c-4c03-9e66-ab0e37f98c10', '{"id": "00524a97-986c-4c03-9e66-ab0e37f98c10", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 469 interactions, 183 customers reached", "version": 10, "sequence": 71, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-42f5-9b70-032866330abd', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7c23501e-c5d3-42e5-af47-47b02979c508', '{"id": "7c23501e-c5d3-42e5-af47-47b02979c508", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 263 interactions, 172 customers reached", "version": 11, "sequence": 72, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4319-875b-779c887b0f1d', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '12791daa-9714-4264-aa48-0be46730d92e', '{"id": "12791daa-9714-4264-aa48-0be46730d92e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 623 interactions, 246 customers reached", "version": 12, "sequence": 73, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4725-bf0e-9dfe3c89c60b', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ce28cd3d-0731-40f3-bb94-df3348be04f3', '{"id": "ce28cd3d-0731-40f3-bb94-df3348be04f3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 91.0 from 87 responses", "version": 13, "sequence": 74, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-43b0-8a45-4dfe5092e35c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '99e2ac2a-f70a-41df-b977-9c0e68c2fcf3', '{"id": "99e2ac2a-f70a-41df-b977-9c0e68c2fcf3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 93.0 from 112 responses", "version": 14, "sequence": 75, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f27-b4fa-8334227cb6a2', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '721254c7-72da-439d-8def-15451cf0fce8', '{"id": "721254c7-72da-439d-8def-15451cf0fce8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 313 interactions, 211 customers reached", "version": 15, "sequence": 76, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4c14-997d-fe705b5d1cd4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '617232bb-b225-4abc-82fd-69ae11cd6772', '{"id": "617232bb-b225-4abc-82fd-69ae11cd6772", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 666 interactions, 287 customers reached", "version": 16, "sequence": 77, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-449f-b445-e1759adf6444', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '75c20bde-67a6-421c-a0cd-074be5af74fc', '{"id": "75c20bde-67a6-421c-a0cd-074be5af74fc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 311 interactions, 240 customers reached", "version": 17, "sequence": 78, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4fb4-a8a6-aa56ee6d8abc', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '992a4c8e-9121-419b-b736-d8591feb01af', '{"id": "992a4c8e-9121-419b-b736-d8591feb01af", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 827 interactions, 328 customers reached", "version": 18, "sequence": 79, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4852-8c26-4e0d201bc1b5', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4fd6cc78-dcef-409d-9e22-0561732f0cef', '{"id": "4fd6cc78-dcef-409d-9e22-0561732f0cef", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 381 interactions, 258 customers reached", "version": 19, "sequence": 80, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4828-b12b-b77fad186e7c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a7570a28-d720-4066-9041-d53a3fe2b2ba', '{"id": "a7570a28-d720-4066-9041-d53a3fe2b2ba", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 807 interactions, 315 customers reached", "version": 20, "sequence": 81, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4575-83fe-79eec92c1754', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '410c160d-1fce-4286-b194-b3bc9d372c74', '{"id": "410c160d-1fce-4286-b194-b3bc9d372c74", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 86.0 from 70 responses", "version": 21, "sequence": 82, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d47-94f9-bb0c00f06aac', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c74c1c42-d051-4bac-b6e5-aa19bb6a597f', '{"id": "c74c1c42-d051-4bac-b6e5-aa19bb6a597f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 94.0 from 85 responses", "version": 22, "sequence": 83, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-416a-b448-ac28612d53ba', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3441e8e3-5fe4-41b9-88d7-08fce6192abf', '{"id": "3441e8e3-5fe4-41b9-88d7-08fce6192abf", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 356 interactions, 244 customers reached", "version": 23, "sequence": 84, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4a72-b645-5ec58f4eb2c8', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6feeb87b-6078-42f6-856e-6b9bcef17188', '{"id": "6feeb87b-6078-42f6-856e-6b9bcef17188", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 920 interactions, 308 customers reached", "version": 24, "sequence": 85, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4749-ae06-b60d6dd8c411', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '01af8cef-160f-4c7a-a2d4-28bc45d22c55', '{"id": "01af8cef-160f-4c7a-a2d4-28bc45d22c55", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 336 interactions, 246 customers reached", "version": 25, "sequence": 86, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4004-8419-5a994d549089', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e4668be3-c332-4c1f-8363-d97f79f6c4c5', '{"id": "e4668be3-c332-4c1f-8363-d97f79f6c4c5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 754 interactions, 271 customers reached", "version": 26, "sequence": 87, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d58-aaee-826432720149', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '79a642f4-5b21-48cb-a998-90968d95ec41', '{"id": "79a642f4-5b21-48cb-a998-90968d95ec41", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 263 interactions, 201 customers reached", "version": 27, "sequence": 88, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4c77-9e8a-a92a84192ded', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1988f522-9130-44f9-9436-1376e6347cd2', '{"id": "1988f522-9130-44f9-9436-1376e6347cd2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 611 interactions, 245 customers reached", "version": 28, "sequence": 89, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-48a9-8805-6fb582b80a14', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '65fbf034-9f35-4d33-98e9-aced2a34cc3b', '{"id": "65fbf034-9f35-4d33-98e9-aced2a34cc3b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 87.0 from 79 responses", "version": 29, "sequence": 90, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4e08-860a-501d5251244f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cd7cff38-e556-4a3f-9503-c47789dc7a3a', '{"id": "cd7cff38-e556-4a3f-9503-c47789dc7a3a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 95.0 from 106 responses", "version": 30, "sequence": 91, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-427c-914e-03fbea805146', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7f168953-6927-4387-9c2e-9efecd9af32c', '{"id": "7f168953-6927-4387-9c2e-9efecd9af32c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 208 interactions, 153 customers reached", "version": 31, "sequence": 92, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-48dc-b25a-288833553c6c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bebe4cbe-db2f-4c31-b5b2-f1dddbd03729', '{"id": "bebe4cbe-db2f-4c31-b5b2-f1dddbd03729", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 574 interactions, 190 customers reached", "version": 32, "sequence": 93, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4ada-9bf8-40faf10113bb', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1e0e92de-2c0c-4797-84a2-6bd2485072ba', '{"id": "1e0e92de-2c0c-4797-84a2-6bd2485072ba", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 32 interactions, 27 customers reached", "version": 33, "sequence": 94, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4c77-a8ed-103b29c05fca', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '912d3634-c95e-47cc-85bf-2712b5bd2e42', '{"id": "912d3634-c95e-47cc-85bf-2712b5bd2e42", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 198 interactions, 149 customers reached", "version": 34, "sequence": 95, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4dbd-b05f-9f1d64ad1574', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fe8ac379-2d68-45ee-845d-bd2febb694bb', '{"id": "fe8ac379-2d68-45ee-845d-bd2febb694bb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 473 interactions, 163 customers reached", "version": 35, "sequence": 96, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4e76-89fe-6ae553ab242b', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '65ade561-3522-4105-aab3-d9012280457e', '{"id": "65ade561-3522-4105-aab3-d9012280457e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 27 interactions, 21 customers reached", "version": 36, "sequence": 97, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-40cb-a866-fba83d64d36a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e5f26fc6-99dc-4fd6-a6c7-fee4ff8e1ab7', '{"id": "e5f26fc6-99dc-4fd6-a6c7-fee4ff8e1ab7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 175 interactions, 127 customers reached", "version": 37, "sequence": 98, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-493b-bdc8-935d4d1d11a7', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '27352805-4083-4a56-925d-cd9083426622', '{"id": "27352805-4083-4a56-925d-cd9083426622", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 409 interactions, 164 customers reached", "version": 38, "sequence": 99, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d98-b014-c8acb5d66674', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c8eeef4c-e508-437d-8310-7d7c0a2a32a0', '{"id": "c8eeef4c-e508-437d-8310-7d7c0a2a32a0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 24 interactions, 21 customers reached", "version": 39, "sequence": 100, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-47b7-9ef3-05a90ec9bb58', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '15291ac7-4730-4b83-afb8-7ee9c1b00e6d', '{"id": "15291ac7-4730-4b83-afb8-7ee9c1b00e6d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 89.0 from 85 responses", "version": 40, "sequence": 101, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-46df-abd1-7fbba4717015', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1a24162b-ae0f-4958-96a3-dfe714e3c060', '{"id": "1a24162b-ae0f-4958-96a3-dfe714e3c060", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 91.0 from 96 responses", "version": 41, "sequence": 102, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d25-af5d-7ca7da4a8182', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f755fc3b-2816-46fd-956a-ec3a00947827', '{"id": "f755fc3b-2816-46fd-956a-ec3a00947827", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 205 interactions, 153 customers reached", "version": 42, "sequence": 103, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d34-9927-11f68fb43954', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '15bec1ee-295b-41d7-9069-67ac4918772b', '{"id": "15bec1ee-295b-41d7-9069-67ac4918772b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 453 interactions, 169 customers reached", "version": 43, "sequence": 104, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f92-b77b-b3bdfd5ef75a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1b92fe59-2fe0-4d9b-a190-3e78ee677f6c', '{"id": "1b92fe59-2fe0-4d9b-a190-3e78ee677f6c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 26 interactions, 22 customers reached", "version": 44, "sequence": 105, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-47ed-b540-8f7d83432cb9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1ad285d2-fc40-4638-8bc0-9fabc6f779c9', '{"id": "1ad285d2-fc40-4638-8bc0-9fabc6f779c9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 239 interactions, 193 customers reached", "version": 45, "sequence": 106, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4b1b-9d02-758b034abb56', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ffbb89e5-ff7b-4c73-b470-40cc817d156a', '{"id": "ffbb89e5-ff7b-4c73-b470-40cc817d156a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 633 interactions, 224 customers reached", "version": 46, "sequence": 107, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4001-b395-7d03b151f86a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6e8adc42-a36d-4af2-8896-7af1d80b1892', '{"id": "6e8adc42-a36d-4af2-8896-7af1d80b1892", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 35 interactions, 28 customers reached", "version": 47, "sequence": 108, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-48fe-ae0b-af1e2f3f7063', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6219eac4-85b8-4dbd-ac5c-1cd96b01fa4d', '{"id": "6219eac4-85b8-4dbd-ac5c-1cd96b01fa4d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 307 interactions, 213 customers reached", "version": 48, "sequence": 109, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4ba8-8c03-626dd9f31ab4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7b2d5121-4b89-46cd-821f-f58bc6804ad7', '{"id": "7b2d5121-4b89-46cd-821f-f58bc6804ad7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 731 interactions, 267 customers reached", "version": 49, "sequence": 110, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4186-8439-cfde23dad9b3', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '114a6097-e7bd-4972-af4d-93d65391f250', '{"id": "114a6097-e7bd-4972-af4d-93d65391f250", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 44 interactions, 33 customers reached", "version": 50, "sequence": 111, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-412f-ae9b-23926558ef8f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '94bfdaba-3a00-4233-acf8-2cfdd70897d0', '{"id": "94bfdaba-3a00-4233-acf8-2cfdd70897d0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 87.0 from 63 responses", "version": 51, "sequence": 112, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f32-a525-6b98b77a43ea', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e0ce290b-a9c8-47b2-a053-8e6bb0696c4d', '{"id": "e0ce290b-a9c8-47b2-a053-8e6bb0696c4d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 90.0 from 83 responses", "version": 52, "sequence": 113, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4ca3-9ce3-c886656723e6', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd160793d-4f9f-4393-bc57-541d084b427e', '{"id": "d160793d-4f9f-4393-bc57-541d084b427e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 354 interactions, 234 customers reached", "version": 53, "sequence": 114, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-454a-aceb-03454126c8ad', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6452251d-a1e4-458a-9eac-708a8b98b1b2', '{"id": "6452251d-a1e4-458a-9eac-708a8b98b1b2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 810 interactions, 307 customers reached", "version": 54, "sequence": 115, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-47c3-aea0-1c360c522f16', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bb78f7b5-b812-4587-8c48-33dc445de8fe', '{"id": "bb78f7b5-b812-4587-8c48-33dc445de8fe", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 51 interactions, 45 customers reached", "version": 55, "sequence": 116, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f8e-96bc-1e4a040dcf4f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0ec5782c-ad32-490d-b15b-e160c7777ebb', '{"id": "0ec5782c-ad32-490d-b15b-e160c7777ebb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 390 interactions, 302 customers reached", "version": 56, "sequence": 117, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4a3b-9c84-d521140e6676', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2676b4d0-d5b7-44d8-905a-1256bba678f1', '{"id": "2676b4d0-d5b7-44d8-905a-1256bba678f1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 1,001 interactions, 345 customers reached", "version": 57, "sequence": 118, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4e99-a814-9800c57e6744', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '27e5ce6d-9d36-4277-8be4-6d7196817916', '{"id": "27e5ce6d-9d36-4277-8be4-6d7196817916", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 58 interactions, 45 customers reached", "version": 58, "sequence": 119, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-45a8-919b-8310aa779981', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '10f4b9b6-ae30-4a37-9000-0cf9c11f0959', '{"id": "10f4b9b6-ae30-4a37-9000-0cf9c11f0959", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 377 interactions, 292 customers reached", "version": 59, "sequence": 120, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4940-b3bd-f73abf63f1a6', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b1f35014-1b1e-4120-8f2d-3b7556b51e3c', '{"id": "b1f35014-1b1e-4120-8f2d-3b7556b51e3c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 1,102 interactions, 370 customers reached", "version": 60, "sequence": 121, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4942-be43-9ae7c7c9d297', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '48cf3c30-601e-4f72-bd08-e0b4f407399b', '{"id": "48cf3c30-601e-4f72-bd08-e0b4f407399b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 60 interactions, 51 customers reached", "version": 61, "sequence": 122, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4b77-994d-7d8ea0857389', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0df39421-9880-4d42-9784-5289d487701e', '{"id": "0df39421-9880-4d42-9784-5289d487701e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 89.0 from 69 responses", "version": 62, "sequence": 123, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-44dd-85e8-f1b01face634', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0558ee99-162a-49cb-9acc-6022435b146d', '{"id": "0558ee99-162a-49cb-9acc-6022435b146d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 90.0 from 90 responses", "version": 63, "sequence": 124, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4a41-9bf7-d072337591b5', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9199f7d5-3649-4ddb-a985-fa9941ca8d48', '{"id": "9199f7d5-3649-4ddb-a985-fa9941ca8d48", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 430 interactions, 271 customers reached", "version": 64, "sequence": 125, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4f30-9009-5c43576a4417', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '70f9b5a8-2983-4dcf-a271-f4ec68d47772', '{"id": "70f9b5a8-2983-4dcf-a271-f4ec68d47772", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 943 interactions, 349 customers reached", "version": 65, "sequence": 126, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-40e8-acd7-695c2e6a6226', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f2cff30d-5bff-4e9b-b52c-f51667ee777c', '{"id": "f2cff30d-5bff-4e9b-b52c-f51667ee777c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 54 interactions, 44 customers reached", "version": 66, "sequence": 127, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4d84-987d-9450b3f8e084', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7241c3e7-9843-445b-bbea-0676cd77d3b5', '{"id": "7241c3e7-9843-445b-bbea-0676cd77d3b5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 327 interactions, 249 customers reached", "version": 67, "sequence": 128, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4600-a576-aa7450af330e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'eed1682e-cf20-4d34-95d5-bd6ef62c4789', '{"id": "eed1682e-cf20-4d34-95d5-bd6ef62c4789", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 989 interactions, 352 customers reached", "version": 68, "sequence": 129, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-46d1-af6b-d3388011b794', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '22d40986-ba0e-4bc5-9379-c4bdfa696794', '{"id": "22d40986-ba0e-4bc5-9379-c4bdfa696794", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 55 interactions, 41 customers reached", "version": 69, "sequence": 130, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-462b-804c-692c3de58134', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '19fdb09e-d7ca-4b80-a331-dc9889d5ecc6', '{"id": "19fdb09e-d7ca-4b80-a331-dc9889d5ecc6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 294 interactions, 233 customers reached", "version": 70, "sequence": 131, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4a55-9aff-8649c797f6ff', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ae561325-aed9-4f60-a63e-4695536c3445', '{"id": "ae561325-aed9-4f60-a63e-4695536c3445", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 851 interactions, 305 customers reached", "version": 71, "sequence": 132, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4172-b3e3-a712f196437a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4e64ace2-8a2c-4e00-9203-5a85cdcf6d93', '{"id": "4e64ace2-8a2c-4e00-9203-5a85cdcf6d93", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 45 interactions, 41 customers reached", "version": 72, "sequence": 133, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-448c-80d1-22776a868f6e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '420f6da4-c0a5-4a5c-9875-d732e8b10d71', '{"id": "420f6da4-c0a5-4a5c-9875-d732e8b10d71", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 86.0 from 70 responses", "version": 73, "sequence": 134, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4505-8522-258994503058', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f9ed0883-5963-4561-925e-c74074654b15', '{"id": "f9ed0883-5963-4561-925e-c74074654b15", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 90.0 from 92 responses", "version": 74, "sequence": 135, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "satisfaction_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4add-9c17-fd879f2d1486', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c18f49b9-d239-4ca6-b3de-ed6fece443a9', '{"id": "c18f49b9-d239-4ca6-b3de-ed6fece443a9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 275 interactions, 202 customers reached", "version": 75, "sequence": 136, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4304-9510-499922bd55ac', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '1bb703f4-6778-42e7-b41c-0859df977be9', '{"id": "1bb703f4-6778-42e7-b41c-0859df977be9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 687 interactions, 225 customers reached", "version": 76, "sequence": 137, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-48ec-b6dc-29310ab8d755', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '472a916c-14c5-4987-9f4f-2ec74f9f504b', '{"id": "472a916c-14c5-4987-9f4f-2ec74f9f504b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 41 interactions, 29 customers reached", "version": 77, "sequence": 138, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "usage_recorded", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191e-4c92-8652-3ae5cca412b9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0989b8ec-9ac0-4396-bd34-e31213eda7cc', '{"id": "0989b8ec-9ac0-4396-bd34-e31213eda7cc", "user": "demo-loader", "reason": "Chat group added", "stream": "segment", "summary": "Adjusted channels → event/socialMedia/chat, owner → Community team", "version": 78, "sequence": 139, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "relationship_adjusted", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-490c-a1d0-2403f6477180', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3981caa4-846c-4c0b-af70-9c3ec971953a', '{"id": "3981caa4-846c-4c0b-af70-9c3ec971953a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Linked to keyResources: Trained fitters and the 3D fitting rig", "version": 79, "sequence": 140, "streamId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "eventType": "integration_linked", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "recordedAt": "2026-11-27T17:01:18.55122+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4345-bc65-c403db9fd06c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ad1850d2-e680-4f4c-bc5e-93f334c2605a', '{"id": "ad1850d2-e680-4f4c-bc5e-93f334c2605a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Corporate fleets'' defined with objective acquisition", "version": 1, "sequence": 141, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "segment_defined", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4db5-af3c-fc3d3a1b66fa', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '603b5c1b-29db-4ad5-9c33-377edeaa8d45', '{"id": "603b5c1b-29db-4ad5-9c33-377edeaa8d45", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects dedicatedPersonalAssistance (importance 5)", "version": 2, "sequence": 142, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "expectation_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4125-821a-baa1386533a9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'aaccf9b4-4d02-4302-b670-867d2b3fee11', '{"id": "aaccf9b4-4d02-4302-b670-867d2b3fee11", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects thirdParty (importance 2)", "version": 3, "sequence": 143, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "expectation_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4dba-8758-21b353f106a1', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '5a2def15-8c53-42be-88cf-b859323f6f04', '{"id": "5a2def15-8c53-42be-88cf-b859323f6f04", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established dedicatedPersonalAssistance ''Fleet account managers'' at 7,400.00 EUR/month + 18.00 per interaction", "version": 4, "sequence": 144, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "relationship_established", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4a7e-a969-d69ac90feebb', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'dbe7d8c3-11e8-4da6-ab10-2c3a09ee92db', '{"id": "dbe7d8c3-11e8-4da6-ab10-2c3a09ee92db", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established thirdParty ''Leasing partner service desk'' at 2,100.00 EUR/month + 4.20 per interaction", "version": 5, "sequence": 145, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "relationship_established", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-44c8-8d68-2c8230716f88', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'cadae6ae-8274-4aa8-ad20-9f0b3110c351', '{"id": "cadae6ae-8274-4aa8-ad20-9f0b3110c351", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 96 interactions, 34 customers reached", "version": 6, "sequence": 146, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-432e-b844-afe70ae98f00', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7011bbfa-383b-4ea7-b6c0-c0dad2a62f3b', '{"id": "7011bbfa-383b-4ea7-b6c0-c0dad2a62f3b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 127 interactions, 34 customers reached", "version": 7, "sequence": 147, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4108-8e83-b7fb14d6e2e7', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '169e8acd-40da-4c0e-a477-28228d23b11e', '{"id": "169e8acd-40da-4c0e-a477-28228d23b11e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 133 interactions, 42 customers reached", "version": 8, "sequence": 148, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-401e-b19b-27bf9bbc9dee', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '38b56693-afe7-449d-9970-9c2aa42f7fdb', '{"id": "38b56693-afe7-449d-9970-9c2aa42f7fdb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 441 interactions, 179 customers reached", "version": 9, "sequence": 149, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-452f-bde0-841d015bfda4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '531de676-5e2a-4675-a38a-297262c19dbc', '{"id": "531de676-5e2a-4675-a38a-297262c19dbc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 86.0 from 21 responses", "version": 10, "sequence": 150, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-472e-aae2-47506ea6a00d', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '177d9bbf-6e40-4e10-b0fc-00941273c813', '{"id": "177d9bbf-6e40-4e10-b0fc-00941273c813", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 65.0 from 46 responses", "version": 11, "sequence": 151, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4c57-aa1a-53233152c4e6', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4f680b97-8551-48b7-af8f-50d046a8c91b', '{"id": "4f680b97-8551-48b7-af8f-50d046a8c91b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 181 interactions, 60 customers reached", "version": 12, "sequence": 152, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-41b0-8029-58c558b22761', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bbb9d071-51f2-4fb2-a3e6-a0662798d306', '{"id": "bbb9d071-51f2-4fb2-a3e6-a0662798d306", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 479 interactions, 180 customers reached", "version": 13, "sequence": 153, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-47ed-badc-5d72ef855493', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c95fb703-801f-4a0e-9242-f247f75bad6f', '{"id": "c95fb703-801f-4a0e-9242-f247f75bad6f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 195 interactions, 59 customers reached", "version": 14, "sequence": 154, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-44a8-bf1d-fa0dd27c1bc3', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9ca51191-0b83-41c5-92df-4b8be20cd2ea', '{"id": "9ca51191-0b83-41c5-92df-4b8be20cd2ea", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 565 interactions, 227 customers reached", "version": 15, "sequence": 155, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-487b-8687-c98b058e89d6', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'dadd5d92-9cd5-4fbf-bd63-da90fcdd11e3', '{"id": "dadd5d92-9cd5-4fbf-bd63-da90fcdd11e3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 206 interactions, 66 customers reached", "version": 16, "sequence": 156, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4474-b2c8-397d8b39c36e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bdf8df20-2f06-4899-8c84-c851cf77f334', '{"id": "bdf8df20-2f06-4899-8c84-c851cf77f334", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 558 interactions, 244 customers reached", "version": 17, "sequence": 157, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4c6e-82fe-d06f275d4edd', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e4e3ca40-f9b8-4b7b-a22f-267854ce3e7f', '{"id": "e4e3ca40-f9b8-4b7b-a22f-267854ce3e7f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 86.0 from 21 responses", "version": 18, "sequence": 158, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-42c0-9029-3e156e842893', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4332b503-17c1-493f-9c8d-f21693dcd545', '{"id": "4332b503-17c1-493f-9c8d-f21693dcd545", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 64.0 from 52 responses", "version": 19, "sequence": 159, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4ac7-bfe7-171cb118729e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '56e198a2-5ae0-4602-a1b6-379f220b3949', '{"id": "56e198a2-5ae0-4602-a1b6-379f220b3949", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 190 interactions, 68 customers reached", "version": 20, "sequence": 160, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4034-a436-c103abd143bf', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6969216a-2f0b-4abf-aa10-9b07e29de14f', '{"id": "6969216a-2f0b-4abf-aa10-9b07e29de14f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 637 interactions, 212 customers reached", "version": 21, "sequence": 161, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-482e-8745-e78979462335', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '04800fc6-ca96-4f22-9922-05f5834e68f8', '{"id": "04800fc6-ca96-4f22-9922-05f5834e68f8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 164 interactions, 53 customers reached", "version": 22, "sequence": 162, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4ba1-902e-9c8584902c7e', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f9403a64-5661-4a45-8f1d-33893a146204', '{"id": "f9403a64-5661-4a45-8f1d-33893a146204", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 531 interactions, 220 customers reached", "version": 23, "sequence": 163, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-46c7-a09c-4d5f3134f1bc', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '366a3c29-0859-4ddc-8111-f2514dc32ae5', '{"id": "366a3c29-0859-4ddc-8111-f2514dc32ae5", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 155 interactions, 54 customers reached", "version": 24, "sequence": 164, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4cec-a604-25df1c104e84', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '18a2e742-4039-4a92-9838-5c7e6f42858d', '{"id": "18a2e742-4039-4a92-9838-5c7e6f42858d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 512 interactions, 166 customers reached", "version": 25, "sequence": 165, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-455b-ac60-72f0f9bc4373', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7a415fb3-0e75-437c-a4c9-e5f50a423fd8', '{"id": "7a415fb3-0e75-437c-a4c9-e5f50a423fd8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 85.0 from 29 responses", "version": 26, "sequence": 166, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4b3f-8769-ccb315fdede1', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ff298207-9e41-4728-bb3b-cfd6adfeff25', '{"id": "ff298207-9e41-4728-bb3b-cfd6adfeff25", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 62.0 from 57 responses", "version": 27, "sequence": 167, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-433b-8366-3ece77d8d678', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8769b9fa-0f52-4afc-91ba-8690f304d587', '{"id": "8769b9fa-0f52-4afc-91ba-8690f304d587", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 138 interactions, 45 customers reached", "version": 28, "sequence": 168, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4c28-96a2-fe5a39ab7561', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b4f447d6-ad00-4a68-afa2-afaed7f683c4', '{"id": "b4f447d6-ad00-4a68-afa2-afaed7f683c4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 389 interactions, 163 customers reached", "version": 29, "sequence": 169, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4950-8bbc-5ca068fff604', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '6c1d18ef-30d9-4ff3-a4f5-1764072fd590', '{"id": "6c1d18ef-30d9-4ff3-a4f5-1764072fd590", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 121 interactions, 38 customers reached", "version": 30, "sequence": 170, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-47ad-aaef-e04f1257dc89', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0aa1cf1f-15b0-4a67-b48f-b78c523f2a2a', '{"id": "0aa1cf1f-15b0-4a67-b48f-b78c523f2a2a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 307 interactions, 127 customers reached", "version": 31, "sequence": 171, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4695-bb61-27ac19d71ed9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c5310cf4-ddfd-4f66-a42c-484ac0e80098', '{"id": "c5310cf4-ddfd-4f66-a42c-484ac0e80098", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 99 interactions, 30 customers reached", "version": 32, "sequence": 172, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4342-a82c-737f47b06466', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f28c1ff3-0998-472a-8cc8-0159b5ddb6eb', '{"id": "f28c1ff3-0998-472a-8cc8-0159b5ddb6eb", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 348 interactions, 115 customers reached", "version": 33, "sequence": 173, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4bf7-8e71-555db7832741', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7c3fff33-4967-4a75-9f2f-cce1db20f156', '{"id": "7c3fff33-4967-4a75-9f2f-cce1db20f156", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 89.0 from 24 responses", "version": 34, "sequence": 174, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-424e-adaa-2556b57b9504', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bbe38b68-ed97-484b-8d74-8dab278362dc', '{"id": "bbe38b68-ed97-484b-8d74-8dab278362dc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 63.0 from 41 responses", "version": 35, "sequence": 175, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-40fe-84f9-854efb16ea78', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7e6af244-9e94-4508-b803-7629f96c223b', '{"id": "7e6af244-9e94-4508-b803-7629f96c223b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 103 interactions, 40 customers reached", "version": 36, "sequence": 176, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-443c-9d41-bd477bdd93bb', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b021984a-0cf3-4806-afb7-e163f1befa95', '{"id": "b021984a-0cf3-4806-afb7-e163f1befa95", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 335 interactions, 129 customers reached", "version": 37, "sequence": 177, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4e39-98ea-1ef064e7e226', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '96b32c2a-e12d-4b8c-816c-4b0f8513607f', '{"id": "96b32c2a-e12d-4b8c-816c-4b0f8513607f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 140 interactions, 43 customers reached", "version": 38, "sequence": 178, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4cf3-916f-cf457b57c950', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f7efa9d4-f142-4f55-90cc-a665d34df3bc', '{"id": "f7efa9d4-f142-4f55-90cc-a665d34df3bc", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 391 interactions, 170 customers reached", "version": 39, "sequence": 179, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-49a1-bec8-9d72b5c82195', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c657a315-3936-401e-b216-bf516be5cbe3', '{"id": "c657a315-3936-401e-b216-bf516be5cbe3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 184 interactions, 54 customers reached", "version": 40, "sequence": 180, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4a11-aad4-8d7d04b471e1', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd8d3e8b9-67c9-4147-8ffc-34acd43cfa15', '{"id": "d8d3e8b9-67c9-4147-8ffc-34acd43cfa15", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 496 interactions, 195 customers reached", "version": 41, "sequence": 181, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4dd3-8679-eb78e5940722', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '02df594e-2673-49ef-b631-6704c172374e', '{"id": "02df594e-2673-49ef-b631-6704c172374e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 81.0 from 25 responses", "version": 42, "sequence": 182, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-40a1-82b6-20a154a4acd8', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '19999fba-4f83-4dbb-9348-7ef8a52cd45b', '{"id": "19999fba-4f83-4dbb-9348-7ef8a52cd45b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 68.0 from 46 responses", "version": 43, "sequence": 183, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4206-91f7-d003db2079f0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'fe119a7c-3077-4d60-80f1-b4f939dd9588', '{"id": "fe119a7c-3077-4d60-80f1-b4f939dd9588", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 203 interactions, 62 customers reached", "version": 44, "sequence": 184, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4ca8-b510-17c10a165a37', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2a0e6da4-4cb4-43e0-8c12-2beceb13b08f', '{"id": "2a0e6da4-4cb4-43e0-8c12-2beceb13b08f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 570 interactions, 226 customers reached", "version": 45, "sequence": 185, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4986-861f-738916b7b19a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '2a2d8ef7-c0ad-49ed-8eb3-da00937cc0fe', '{"id": "2a2d8ef7-c0ad-49ed-8eb3-da00937cc0fe", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 212 interactions, 67 customers reached", "version": 46, "sequence": 186, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4a27-87d5-c1b133323948', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '561a6b6b-08f2-4479-a75e-6962c7093e52', '{"id": "561a6b6b-08f2-4479-a75e-6962c7093e52", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 738 interactions, 244 customers reached", "version": 47, "sequence": 187, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4aa0-afad-74c07fca9410', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'de10eb57-aa55-4f59-8340-f274c7447ed9', '{"id": "de10eb57-aa55-4f59-8340-f274c7447ed9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 257 interactions, 75 customers reached", "version": 48, "sequence": 188, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-421b-9bdd-2572e9aa7e8d', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '3be8af1f-aaca-4b3d-ad7a-b7abddfd2c3f', '{"id": "3be8af1f-aaca-4b3d-ad7a-b7abddfd2c3f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 757 interactions, 291 customers reached", "version": 49, "sequence": 189, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-472b-9102-eb3bc54c8a16', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd1c0a166-5421-45b8-babd-28265bbd9361', '{"id": "d1c0a166-5421-45b8-babd-28265bbd9361", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 85.0 from 20 responses", "version": 50, "sequence": 190, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-4021-8145-149786d4bf13', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a55a899b-676e-4bf9-b48f-314cc1285dd2', '{"id": "a55a899b-676e-4bf9-b48f-314cc1285dd2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 62.0 from 48 responses", "version": 51, "sequence": 191, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-191f-490d-8fa4-412437c8ff9b', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8ab436c7-aa73-4878-a0c9-8a897f36e289', '{"id": "8ab436c7-aa73-4878-a0c9-8a897f36e289", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 219 interactions, 73 customers reached", "version": 52, "sequence": 192, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-48b8-bcc5-abb7424007f0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '4ad4e624-54b1-494d-a822-9e44f5eb4c27', '{"id": "4ad4e624-54b1-494d-a822-9e44f5eb4c27", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 653 interactions, 288 customers reached", "version": 53, "sequence": 193, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-43fd-8fca-d850e992a04a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b661b4c0-2878-4303-9490-f656b0e91498', '{"id": "b661b4c0-2878-4303-9490-f656b0e91498", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 192 interactions, 73 customers reached", "version": 54, "sequence": 194, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-421f-a202-67e505bcd4f4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a293e33a-6c39-4738-ba22-4501b183382d', '{"id": "a293e33a-6c39-4738-ba22-4501b183382d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 585 interactions, 223 customers reached", "version": 55, "sequence": 195, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-41c5-87e3-20a05d757b2b', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'db7d3282-6494-479b-b479-d131c928b89b', '{"id": "db7d3282-6494-479b-b479-d131c928b89b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 187 interactions, 55 customers reached", "version": 56, "sequence": 196, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4036-ae33-631a19245262', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '08090069-bfe2-44e1-a3e9-b40e996f5445', '{"id": "08090069-bfe2-44e1-a3e9-b40e996f5445", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 542 interactions, 187 customers reached", "version": 57, "sequence": 197, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4d60-9ba7-da7b93f9214c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '022aaf66-d0c9-4381-aefb-f7399deeb201', '{"id": "022aaf66-d0c9-4381-aefb-f7399deeb201", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 84.0 from 24 responses", "version": 58, "sequence": 198, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4402-bee3-b4ea9745d262', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '87782204-810f-4679-8396-b8b2bfeee52e', '{"id": "87782204-810f-4679-8396-b8b2bfeee52e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 64.0 from 56 responses", "version": 59, "sequence": 199, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "satisfaction_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4d95-bc13-09c95aa27363', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8dc429de-9494-4898-bf10-b13902bcd6ff', '{"id": "8dc429de-9494-4898-bf10-b13902bcd6ff", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 163 interactions, 48 customers reached", "version": 60, "sequence": 200, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-44b5-bfa6-7910987b0db4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7aa175b9-d79c-420c-a69f-5a238e9a42ea', '{"id": "7aa175b9-d79c-420c-a69f-5a238e9a42ea", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 412 interactions, 163 customers reached", "version": 61, "sequence": 201, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "usage_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4e16-98ec-81b2da5da311', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd64407b5-a02b-41c8-b77a-4254f08e8091', '{"id": "d64407b5-a02b-41c8-b77a-4254f08e8091", "user": "demo-loader", "reason": "LeaseCo price increase", "stream": "segment", "summary": "Cost revised to 2,500.00/month + 4.60 per interaction", "version": 62, "sequence": 202, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "cost_revised", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-15", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-48f0-a422-e080b72419bc', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c316c609-1dce-4a77-8ec3-bee4907e425e', '{"id": "c316c609-1dce-4a77-8ec3-bee4907e425e", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Linked to keyPartnerships: LeaseCo runs first-line support", "version": 63, "sequence": 203, "streamId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "eventType": "integration_linked", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552606+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4219-afab-070f215edbea', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '31c69151-77eb-4790-afd9-48bc74a2f5b8', '{"id": "31c69151-77eb-4790-afd9-48bc74a2f5b8", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Segment ''Families'' defined with objective acquisition", "version": 1, "sequence": 204, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "segment_defined", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-42ee-acdd-c99a8f5a9998', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'dcecf34e-91f7-4656-9855-3345fe5e4ef4', '{"id": "dcecf34e-91f7-4656-9855-3345fe5e4ef4", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects personalAssistance (importance 3)", "version": 2, "sequence": 205, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "expectation_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-495c-9b09-642245554177', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b53ad4ba-7a62-4fc3-821c-0ab8a260ed29', '{"id": "b53ad4ba-7a62-4fc3-821c-0ab8a260ed29", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Expects selfService (importance 3)", "version": 3, "sequence": 206, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "expectation_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4f19-bdcb-25543f8a7804', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c76ae679-0921-4563-af05-8cc8a35fa1d7', '{"id": "c76ae679-0921-4563-af05-8cc8a35fa1d7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Established personalAssistance ''In-store family advice'' at 2,600.00 EUR/month + 3.10 per interaction", "version": 4, "sequence": 207, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "relationship_established", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-41a5-9350-7885a9b53fed', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7cb56372-6470-419f-bdf5-d82cb5b36cbf', '{"id": "7cb56372-6470-419f-bdf5-d82cb5b36cbf", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-01: 285 interactions, 204 customers reached", "version": 5, "sequence": 208, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-01-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4891-8477-895e80d5bef3', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a327284d-3abd-4900-96f3-96f7bf4211b6', '{"id": "a327284d-3abd-4900-96f3-96f7bf4211b6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-02: 335 interactions, 241 customers reached", "version": 6, "sequence": 209, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-02-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4e5b-8e5a-5ff0d493b168', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '65bb0dd7-99e7-458e-84c8-9485fc25551f', '{"id": "65bb0dd7-99e7-458e-84c8-9485fc25551f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-03: 408 interactions, 313 customers reached", "version": 7, "sequence": 210, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-438f-bf0b-77e88ff7fc3d', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '22b933b1-e198-447f-bc8d-470cf36cb828', '{"id": "22b933b1-e198-447f-bc8d-470cf36cb828", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-03: 84.0 from 90 responses", "version": 8, "sequence": 211, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-45de-9d8f-fdeb0a6f6202', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '44d4988b-3d4f-4aeb-af2a-079e7a872550', '{"id": "44d4988b-3d4f-4aeb-af2a-079e7a872550", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-04: 461 interactions, 339 customers reached", "version": 9, "sequence": 212, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-04-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4628-a5d2-a1c9f2239c65', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f2e9781f-f404-4350-8a8c-64393f72353d', '{"id": "f2e9781f-f404-4350-8a8c-64393f72353d", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-05: 523 interactions, 389 customers reached", "version": 10, "sequence": 213, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-05-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-44d8-95d5-fe96ba45e2c6', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '8988db6c-10af-46e8-a54d-996cddf176d0', '{"id": "8988db6c-10af-46e8-a54d-996cddf176d0", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-06: 581 interactions, 436 customers reached", "version": 11, "sequence": 214, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193b-4102-b4c6-10eb0b7e9468', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '92f8eed1-9bd2-4989-91d4-2a228a55f1b1', '{"id": "92f8eed1-9bd2-4989-91d4-2a228a55f1b1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-06: 84.0 from 120 responses", "version": 12, "sequence": 215, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4e75-971a-599f1754e51f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '263aaa6e-87ad-4ee1-81af-4bf0461e59ad', '{"id": "263aaa6e-87ad-4ee1-81af-4bf0461e59ad", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-07: 567 interactions, 462 customers reached", "version": 13, "sequence": 216, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-07-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-484b-b44b-25d03862e19a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd0ec9488-dd10-4f4c-9eb7-7e955833b0a7', '{"id": "d0ec9488-dd10-4f4c-9eb7-7e955833b0a7", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-08: 531 interactions, 390 customers reached", "version": 14, "sequence": 217, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-08-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-41ee-9c22-ce9ac6b3e3d3', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '91cf1d7c-25bc-4b6e-95e2-7cc91ed8fd16', '{"id": "91cf1d7c-25bc-4b6e-95e2-7cc91ed8fd16", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-09: 425 interactions, 345 customers reached", "version": 15, "sequence": 218, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-424f-898e-1bab436a144a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '397c242f-6123-4186-a238-8ad230d64880', '{"id": "397c242f-6123-4186-a238-8ad230d64880", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-09: 79.0 from 124 responses", "version": 16, "sequence": 219, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4b7e-a1b3-979b0959cf8c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '15c2aeb5-d16d-4a7e-9639-a50f7907a2b2', '{"id": "15c2aeb5-d16d-4a7e-9639-a50f7907a2b2", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-10: 343 interactions, 279 customers reached", "version": 17, "sequence": 220, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-49f7-af3c-d6f0413cbea4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'db1feade-242f-4f41-90fd-8b1954f54be3', '{"id": "db1feade-242f-4f41-90fd-8b1954f54be3", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-11: 278 interactions, 225 customers reached", "version": 18, "sequence": 221, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-11-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-46a7-b96b-42898ad99737', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'bbfd9700-31a2-4fd7-8c91-0343f311e3ca', '{"id": "bbfd9700-31a2-4fd7-8c91-0343f311e3ca", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2025-12: 271 interactions, 245 customers reached", "version": 19, "sequence": 222, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4438-9838-046108b23318', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'a5e6213f-79a7-4e3d-9b85-e280ae335273', '{"id": "a5e6213f-79a7-4e3d-9b85-e280ae335273", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2025-12: 78.0 from 118 responses", "version": 20, "sequence": 223, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-12-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4222-8b21-de6d1a6dd2f7', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b9117f32-e6de-4119-96c3-1fa6ee1c671f', '{"id": "b9117f32-e6de-4119-96c3-1fa6ee1c671f", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-01: 311 interactions, 241 customers reached", "version": 21, "sequence": 224, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4b1a-bc87-1e8106e842c7', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '072f7241-99b7-4d86-a5f6-41bfce81863a', '{"id": "072f7241-99b7-4d86-a5f6-41bfce81863a", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-02: 392 interactions, 321 customers reached", "version": 22, "sequence": 225, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-02-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-40f5-9f41-7cc0dbb31737', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f5b32b75-3999-45c3-85aa-60f1798f23dd', '{"id": "f5b32b75-3999-45c3-85aa-60f1798f23dd", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-03: 459 interactions, 383 customers reached", "version": 23, "sequence": 226, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-40fb-90ac-3e6b4872ce96', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '585a82a5-178f-44e5-ae3b-065b742c76b1', '{"id": "585a82a5-178f-44e5-ae3b-065b742c76b1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-03: 78.0 from 115 responses", "version": 24, "sequence": 227, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-46d2-87c6-61ea2ff15b36', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd14ff067-5208-4b0b-b16c-88711d1bae1b', '{"id": "d14ff067-5208-4b0b-b16c-88711d1bae1b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-04: 492 interactions, 417 customers reached", "version": 25, "sequence": 228, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-04-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-45ab-8299-9fed074790a2', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '49ffcaba-dd24-45ac-951e-fa6fb9b91584', '{"id": "49ffcaba-dd24-45ac-951e-fa6fb9b91584", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-05: 616 interactions, 456 customers reached", "version": 26, "sequence": 229, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-05-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4461-bb25-0d3d6898a9d4', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b6d1e0e1-63fe-4020-8271-d362fb7aace1', '{"id": "b6d1e0e1-63fe-4020-8271-d362fb7aace1", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-06: 694 interactions, 529 customers reached", "version": 27, "sequence": 230, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4493-9137-a0654cb8ef03', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '085cb5ba-021e-4701-9d5f-c18100c6470b', '{"id": "085cb5ba-021e-4701-9d5f-c18100c6470b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-06: 85.0 from 93 responses", "version": 28, "sequence": 231, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-432a-988f-e841d5d3dab6', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f43bbd96-2188-4054-883a-33d49f8e893b', '{"id": "f43bbd96-2188-4054-883a-33d49f8e893b", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-07: 664 interactions, 466 customers reached", "version": 29, "sequence": 232, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4a84-b127-1658a9e29e6f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '21789936-7b77-4a7e-bd80-ac8777aab9f6', '{"id": "21789936-7b77-4a7e-bd80-ac8777aab9f6", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-08: 623 interactions, 452 customers reached", "version": 30, "sequence": 233, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-08-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-41bd-a5ba-dd938f08a761', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'b3863767-aa80-464d-a9db-7e53a5cb0b7c', '{"id": "b3863767-aa80-464d-a9db-7e53a5cb0b7c", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-09: 456 interactions, 363 customers reached", "version": 31, "sequence": 234, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4b71-8aba-a5ebb0570141', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '7d2ac315-f172-42f0-a393-c96f51df0972', '{"id": "7d2ac315-f172-42f0-a393-c96f51df0972", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Satisfaction 2026-09: 77.0 from 103 responses", "version": 32, "sequence": 235, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "satisfaction_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4da4-b6a0-177059927a50', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '33c55814-8106-4fb2-8cc8-8955c155cbe9', '{"id": "33c55814-8106-4fb2-8cc8-8955c155cbe9", "user": "demo-loader", "reason": null, "stream": "segment", "summary": "Usage 2026-10: 406 interactions, 338 customers reached", "version": 33, "sequence": 236, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "usage_recorded", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-10-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4f56-b873-d20768f254f1', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '66381915-2110-44ff-8a33-92bf5beb9863', '{"id": "66381915-2110-44ff-8a33-92bf5beb9863", "user": "demo-loader", "reason": "Family segment merged into Commuters", "stream": "segment", "summary": "Segment discontinued", "version": 34, "sequence": 237, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "segment_discontinued", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4d39-9986-120db9e36fa0', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'f7d79992-de9d-4da0-afe1-b7d7774f94ef', '{"id": "f7d79992-de9d-4da0-afe1-b7d7774f94ef", "user": "demo-loader", "reason": "Segment discontinued: Family segment merged into Commuters", "stream": "segment", "summary": "Relationship retired", "version": 35, "sequence": 238, "streamId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "eventType": "relationship_retired", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "recordedAt": "2026-11-27T17:01:18.552705+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-07-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4b86-bd9e-b30224061699', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'e95ce6bf-b5a3-475b-ad85-a9909aa683c9', '{"id": "e95ce6bf-b5a3-475b-ad85-a9909aa683c9", "user": "demo-loader", "reason": null, "stream": "review", "summary": "Review of 2025-Q4 opened: Year-end strategy review", "version": 1, "sequence": 239, "streamId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "eventType": "review_opened", "segmentId": null, "recordedAt": "2026-11-27T17:01:18.552791+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-10-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4e3c-b740-af7421aeb59c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '433e7580-92cf-4bc2-9676-2d1526b2d475', '{"id": "433e7580-92cf-4bc2-9676-2d1526b2d475", "user": "demo-loader", "reason": null, "stream": "review", "summary": "External factor competitor (high): Direct-to-consumer brands undercut on price", "version": 2, "sequence": 240, "streamId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "eventType": "environment_factor_recorded", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.552791+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4002-83b2-f598abcbad12', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'd5c35827-1e27-4899-adfe-61234dce180f', '{"id": "d5c35827-1e27-4899-adfe-61234dce180f", "user": "demo-loader", "reason": null, "stream": "review", "summary": "Internal factor financialConstraint (medium): Marketing budget cut by 10 %", "version": 3, "sequence": 241, "streamId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "eventType": "environment_factor_recorded", "segmentId": null, "recordedAt": "2026-11-27T17:01:18.552791+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-46d1-86ab-cd3f1eaf1cbd', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '170eee6e-cdf1-4f63-a094-6cdcbf381b5e', '{"id": "170eee6e-cdf1-4f63-a094-6cdcbf381b5e", "user": "demo-loader", "reason": "Commuter base is loyal; grow accessories", "stream": "review", "summary": "Objective changed from retention to boostingSales", "version": 4, "sequence": 242, "streamId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "eventType": "objective_revisited", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "recordedAt": "2026-11-27T17:01:18.552791+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-01-01", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4951-9c94-12a67d11ce2a', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '878ad520-e16d-41de-b998-04469a07883a', '{"id": "878ad520-e16d-41de-b998-04469a07883a", "user": "demo-loader", "reason": "Fleet accounts pay for their managers", "stream": "review", "summary": "Decision: keep", "version": 5, "sequence": 243, "streamId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "eventType": "decision_recorded", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "recordedAt": "2026-11-27T17:01:18.552791+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4fd8-a3f9-0c12ec523aba', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'c214757a-e228-4c1a-92ac-d0453fbb2a57', '{"id": "c214757a-e228-4c1a-92ac-d0453fbb2a57", "user": "demo-loader", "reason": "Grow accessories with commuters; keep fleet managers", "stream": "review", "summary": "Review closed at 2026-11-27T17:01:17Z; its pack is frozen", "version": 6, "sequence": 244, "streamId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "eventType": "review_closed", "segmentId": null, "recordedAt": "2026-11-27T17:01:18.552791+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": null, "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4501-9c41-7f71164ec14c', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '132b541a-62bb-4bcc-891c-b9ec0f1e5c00', '{"id": "132b541a-62bb-4bcc-891c-b9ec0f1e5c00", "user": null, "reason": null, "stream": "review", "summary": "Review of 2025-Q1 overdue since 2025-05-01", "version": 1, "sequence": 245, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T17:02:06.468331+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-03-31", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4c7a-bb69-08721f8ff53f', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '435105d9-0def-495c-95c1-8827bae0a2b1', '{"id": "435105d9-0def-495c-95c1-8827bae0a2b1", "user": null, "reason": null, "stream": "review", "summary": "Review of 2025-Q2 overdue since 2025-07-31", "version": 2, "sequence": 246, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T17:02:06.468331+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-06-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4471-bbe2-648e4a541452', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '9c049334-d63d-4235-aeca-8c58cce5761e', '{"id": "9c049334-d63d-4235-aeca-8c58cce5761e", "user": null, "reason": null, "stream": "review", "summary": "Review of 2025-Q3 overdue since 2025-10-31", "version": 3, "sequence": 247, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T17:02:06.468331+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2025-09-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-454c-9a6e-86086098954d', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '0dcc7cca-47d4-40dc-88ea-c1afbc8dfd71', '{"id": "0dcc7cca-47d4-40dc-88ea-c1afbc8dfd71", "user": null, "reason": null, "stream": "review", "summary": "Review of 2026-Q1 overdue since 2026-05-01", "version": 4, "sequence": 248, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T17:02:06.468331+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-03-31", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4f38-8bcd-d553c54910b9', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', 'ab932414-2d9f-401b-a84a-a0b405176ee1', '{"id": "ab932414-2d9f-401b-a84a-a0b405176ee1", "user": null, "reason": null, "stream": "review", "summary": "Review of 2026-Q2 overdue since 2026-07-31", "version": 5, "sequence": 249, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T17:02:06.468331+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-06-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4d0b-b0d7-534b99b8c490', 'Inventory.Api.Projections.AuditEntry');
INSERT INTO inventory.mt_doc_auditentry VALUES ('default', '027d85b9-f537-4992-9f7d-e1ee57a4901c', '{"id": "027d85b9-f537-4992-9f7d-e1ee57a4901c", "user": null, "reason": null, "stream": "review", "summary": "Review of 2026-Q3 overdue since 2026-10-31", "version": 6, "sequence": 250, "streamId": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "eventType": "review_overdue", "segmentId": null, "recordedAt": "2026-11-27T17:02:06.468331+00:00", "causationId": null, "segmentName": null, "correlationId": null, "effectiveDate": "2026-09-30", "relationshipId": null, "relationshipName": null}', '2026-11-27 17:02:11.811097+00', '01a21df5-193c-4aaf-8dda-f9177b459e20', 'Inventory.Api.Projections.AuditEntry');


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_doc_envelope; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_doc_organization; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_organization VALUES ('default', '{"id": "default", "name": "Default organization", "currency": "EUR", "createdAt": "2026-11-27T17:01:16.764531+00:00", "fiscalYearStartMonth": 1}', '2026-11-27 17:01:17.539908+00', '01a21df4-43d5-4dcc-8a9d-480386b32a6c', 'Inventory.Api.Access.Organization');


--
-- Data for Name: mt_doc_reminderschedule; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_reminderschedule VALUES ('default', '{"id": "default", "nextPeriod": "2026-Q4"}', '2026-11-27 17:02:06.956881+00', '01a21df5-0606-4c02-8b56-d3e0b90607f6', 'Inventory.Api.Reviews.ReminderSchedule');


--
-- Data for Name: mt_doc_review; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_review VALUES ('default', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', '{"id": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "title": "Year-end strategy review", "period": "2025-Q4", "factors": [{"factor": "Competitor", "impact": "High", "factorId": "d7f6aad1-2a43-4fdf-b84e-95af595e0c54", "internal": false, "segmentIds": ["c4e30134-0d0f-4d07-ac98-7e4cddf75347"], "description": "Direct-to-consumer brands undercut on price"}, {"factor": "FinancialConstraint", "impact": "Medium", "factorId": "bcb054c3-52db-4966-b275-9521094c7ce0", "internal": true, "segmentIds": [], "description": "Marketing budget cut by 10 %"}], "summary": "Grow accessories with commuters; keep fleet managers", "closedAt": "2026-11-27T17:01:17.7408921+00:00", "isClosed": true, "decisions": [{"type": "DedicatedPersonalAssistance", "decision": "Keep", "appliedOn": null, "rationale": "Fleet accounts pay for their managers", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "decisionId": "00e47aeb-b29d-47c6-acc3-7aa11507cca5", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}], "periodEnd": "2025-12-31", "objectives": [{"previous": "Retention", "confirmed": false, "rationale": "Commuter base is loyal; grow accessories", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}], "periodStart": "2025-10-01"}', '2026-11-27 17:01:22.251648+00', 'Inventory.Domain.Reviews.Review', 6);


--
-- Data for Name: mt_doc_reviewcalendar; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_reviewcalendar VALUES ('default', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', '{"id": "a71b67d0-d508-8b2b-488c-a9ab8f375456", "overdue": [{"dueAt": "2025-05-01T00:00:00+00:00", "period": "2025-Q1", "periodEnd": "2025-03-31", "organizationId": "default"}, {"dueAt": "2025-07-31T00:00:00+00:00", "period": "2025-Q2", "periodEnd": "2025-06-30", "organizationId": "default"}, {"dueAt": "2025-10-31T00:00:00+00:00", "period": "2025-Q3", "periodEnd": "2025-09-30", "organizationId": "default"}, {"dueAt": "2026-05-01T00:00:00+00:00", "period": "2026-Q1", "periodEnd": "2026-03-31", "organizationId": "default"}, {"dueAt": "2026-07-31T00:00:00+00:00", "period": "2026-Q2", "periodEnd": "2026-06-30", "organizationId": "default"}, {"dueAt": "2026-10-31T00:00:00+00:00", "period": "2026-Q3", "periodEnd": "2026-09-30", "organizationId": "default"}]}', '2026-11-27 17:02:06.956881+00', 'Inventory.Domain.Reviews.ReviewCalendar', 6);


--
-- Data for Name: mt_doc_reviewperiodclaim; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_reviewperiodclaim VALUES ('default', '2025-Q4', '{"id": "2025-Q4", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4"}', '2026-11-27 17:01:22.251648+00', '01a21df4-5272-4874-8310-ae67e9507f43', 'Inventory.Api.Reviews.ReviewPeriodClaim');


--
-- Data for Name: mt_doc_segmentportfolio; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', '{"id": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "name": "Commuters", "figures": {"months": {"2025-01": {"SelfService": [1, 1800, 141.56, 3539, 1572, 0, 0]}, "2025-02": {"SelfService": [1, 1800, 184.76, 4619, 1700, 0, 0]}, "2025-03": {"SelfService": [1, 1800, 197.60, 4940, 2017, 23864, 314]}, "2025-04": {"SelfService": [1, 1800, 254.04, 6351, 2385, 0, 0]}, "2025-05": {"SelfService": [1, 1800, 309.16, 7729, 2858, 0, 0], "AutomatedServices": [1, 950, 239.16, 11958, 2024, 0, 0]}, "2025-06": {"SelfService": [1, 1800, 284.24, 7106, 3267, 25418, 358], "AutomatedServices": [1, 950, 244.86, 12243, 2394, 20748, 273]}, "2025-07": {"SelfService": [1, 1800, 292.20, 7305, 3237, 0, 0], "AutomatedServices": [1, 950, 238.70, 11935, 2168, 0, 0]}, "2025-08": {"SelfService": [1, 1800, 287.20, 7180, 2899, 0, 0], "AutomatedServices": [1, 950, 230.42, 11521, 1775, 0, 0]}, "2025-09": {"SelfService": [1, 1800, 243.40, 6085, 2487, 26270, 370], "AutomatedServices": [1, 950, 204.38, 10219, 1729, 24624, 324]}, "2025-10": {"SelfService": [1, 1800, 178.12, 4453, 1899, 0, 0], "AutomatedServices": [1, 950, 170.24, 8512, 1480, 0, 0]}, "2025-11": {"SelfService": [1, 1800, 159.80, 3995, 1521, 0, 0], "AutomatedServices": [1, 950, 140.64, 7032, 1176, 0, 0]}, "2025-12": {"SelfService": [1, 1800, 149.20, 3730, 1672, 22010, 310], "AutomatedServices": [1, 950, 146.14, 7307, 1051, 22831, 289]}, "2026-01": {"SelfService": [1, 2100, 136.255, 3893, 1569, 0, 0], "AutomatedServices": [1, 950, 140.58, 7029, 1253, 0, 0]}, "2026-02": {"SelfService": [1, 2100, 167.440, 4784, 1895, 0, 0], "AutomatedServices": [1, 950, 190.18, 9509, 1337, 0, 0]}, "2026-03": {"SelfService": [1, 2100, 211.785, 6051, 2455, 27027, 351], "AutomatedServices": [1, 950, 205.28, 10264, 1683, 21450, 286]}, "2026-04": {"SelfService": [1, 2100, 286.545, 8187, 2871, 0, 0], "AutomatedServices": [1, 950, 252.82, 12641, 1978, 0, 0]}, "2026-05": {"SelfService": [1, 2100, 282.415, 8069, 3163, 0, 0], "AutomatedServices": [1, 950, 313.60, 15680, 2566, 0, 0]}, "2026-06": {"SelfService": [1, 2100, 302.820, 8652, 3317, 26180, 385], "AutomatedServices": [1, 950, 285.10, 14255, 2643, 24396, 321]}, "2026-07": {"SelfService": [1, 2100, 295.470, 8442, 3383, 0, 0], "AutomatedServices": [1, 950, 283.38, 14169, 2398, 0, 0]}, "2026-08": {"SelfService": [1, 2100, 276.955, 7913, 3378, 0, 0], "AutomatedServices": [1, 950, 261.14, 13057, 2257, 0, 0]}, "2026-09": {"SelfService": [1, 2100, 242.935, 6941, 2738, 24408, 339], "AutomatedServices": [1, 950, 218.56, 10928, 1971, 23408, 304]}, "2026-10": {"SelfService": [1, 2100, 184.975, 5285, 2085, 0, 0], "AutomatedServices": [1, 950, 178.44, 8922, 1708, 0, 0]}}, "steady": {"SelfService": [1, 2100, 0, 0, 0, 0, 0], "AutomatedServices": [1, 950, 0, 0, 0, 0, 0]}, "lastMonth": "2026-10", "firstMonth": "2025-01"}, "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "Retention", "effectiveDate": "2025-01-01"}, {"rationale": "Commuter base is loyal; grow accessories", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}], "description": "Commuters of Northwind Cycles", "expectations": [{"type": "SelfService", "importance": 4, "effectiveDate": "2025-01-01"}, {"type": "AutomatedServices", "importance": 3, "effectiveDate": "2025-01-01"}, {"type": "Communities", "importance": 2, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "4760bd07-e85c-4226-8b66-22f334492b3d", "name": "Web shop and repair booking", "type": "SelfService", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 1800, "costPerInteraction": 0.04}, {"reason": "New hosting contract", "effectiveDate": "2026-01-01", "monthlyFixedCost": 2100, "costPerInteraction": 0.035}], "usage": [{"month": "2025-01", "interactions": 3539, "customersReached": 1572}, {"month": "2025-02", "interactions": 4619, "customersReached": 1700}, {"month": "2025-03", "interactions": 4940, "customersReached": 2017}, {"month": "2025-04", "interactions": 6351, "customersReached": 2385}, {"month": "2025-05", "interactions": 7729, "customersReached": 2858}, {"month": "2025-06", "interactions": 7106, "customersReached": 3267}, {"month": "2025-07", "interactions": 7305, "customersReached": 3237}, {"month": "2025-08", "interactions": 7180, "customersReached": 2899}, {"month": "2025-09", "interactions": 6085, "customersReached": 2487}, {"month": "2025-10", "interactions": 4453, "customersReached": 1899}, {"month": "2025-11", "interactions": 3995, "customersReached": 1521}, {"month": "2025-12", "interactions": 3730, "customersReached": 1672}, {"month": "2026-01", "interactions": 3893, "customersReached": 1569}, {"month": "2026-02", "interactions": 4784, "customersReached": 1895}, {"month": "2026-03", "interactions": 6051, "customersReached": 2455}, {"month": "2026-04", "interactions": 8187, "customersReached": 2871}, {"month": "2026-05", "interactions": 8069, "customersReached": 3163}, {"month": "2026-06", "interactions": 8652, "customersReached": 3317}, {"month": "2026-07", "interactions": 8442, "customersReached": 3383}, {"month": "2026-08", "interactions": 7913, "customersReached": 3378}, {"month": "2026-09", "interactions": 6941, "customersReached": 2738}, {"month": "2026-10", "interactions": 5285, "customersReached": 2085}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Web", "MobileApp"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-01-01"}], "integrations": [], "satisfaction": [{"month": "2025-03", "score": 76, "responses": 314}, {"month": "2025-06", "score": 71, "responses": 358}, {"month": "2025-09", "score": 71, "responses": 370}, {"month": "2025-12", "score": 71, "responses": 310}, {"month": "2026-03", "score": 77, "responses": 351}, {"month": "2026-06", "score": 68, "responses": 385}, {"month": "2026-09", "score": 72, "responses": 339}], "establishedOn": "2025-01-01", "retirementReason": null}, {"id": "92aab404-6030-4ba8-8c21-97993155be0d", "name": "Ride app with service reminders", "type": "AutomatedServices", "costs": [{"reason": null, "effectiveDate": "2025-05-01", "monthlyFixedCost": 950, "costPerInteraction": 0.02}], "usage": [{"month": "2025-05", "interactions": 11958, "customersReached": 2024}, {"month": "2025-06", "interactions": 12243, "customersReached": 2394}, {"month": "2025-07", "interactions": 11935, "customersReached": 2168}, {"month": "2025-08", "interactions": 11521, "customersReached": 1775}, {"month": "2025-09", "interactions": 10219, "customersReached": 1729}, {"month": "2025-10", "interactions": 8512, "customersReached": 1480}, {"month": "2025-11", "interactions": 7032, "customersReached": 1176}, {"month": "2025-12", "interactions": 7307, "customersReached": 1051}, {"month": "2026-01", "interactions": 7029, "customersReached": 1253}, {"month": "2026-02", "interactions": 9509, "customersReached": 1337}, {"month": "2026-03", "interactions": 10264, "customersReached": 1683}, {"month": "2026-04", "interactions": 12641, "customersReached": 1978}, {"month": "2026-05", "interactions": 15680, "customersReached": 2566}, {"month": "2026-06", "interactions": 14255, "customersReached": 2643}, {"month": "2026-07", "interactions": 14169, "customersReached": 2398}, {"month": "2026-08", "interactions": 13057, "customersReached": 2257}, {"month": "2026-09", "interactions": 10928, "customersReached": 1971}, {"month": "2026-10", "interactions": 8922, "customersReached": 1708}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["MobileApp"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-05-01"}], "integrations": [], "satisfaction": [{"month": "2025-06", "score": 76, "responses": 273}, {"month": "2025-09", "score": 76, "responses": 324}, {"month": "2025-12", "score": 79, "responses": 289}, {"month": "2026-03", "score": 75, "responses": 286}, {"month": "2026-06", "score": 76, "responses": 321}, {"month": "2026-09", "score": 77, "responses": 304}], "establishedOn": "2025-05-01", "retirementReason": null}], "statusChanges": [], "isDiscontinued": false, "discontinuation": null, "latestEffectiveDate": "2026-10-01"}', '2026-11-27 17:01:22.251648+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 61, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', 'cfd29870-c44b-46c9-b761-2ca1696c6017', '{"id": "cfd29870-c44b-46c9-b761-2ca1696c6017", "name": "Sport riders", "figures": {"months": {"2025-01": {"PersonalAssistance": [1, 5200, 1053.00, 162, 129, 0, 0]}, "2025-02": {"Communities": [1, 700, 0, 469, 183, 0, 0], "PersonalAssistance": [1, 5200, 1365.00, 210, 152, 0, 0]}, "2025-03": {"Communities": [1, 700, 0, 623, 246, 10416, 112], "PersonalAssistance": [1, 5200, 1709.50, 263, 172, 7917, 87]}, "2025-04": {"Communities": [1, 700, 0, 666, 287, 0, 0], "PersonalAssistance": [1, 5200, 2034.50, 313, 211, 0, 0]}, "2025-05": {"Communities": [1, 700, 0, 827, 328, 0, 0], "PersonalAssistance": [1, 5200, 2021.50, 311, 240, 0, 0]}, "2025-06": {"Communities": [1, 700, 0, 807, 315, 7990, 85], "PersonalAssistance": [1, 5200, 2476.50, 381, 258, 6020, 70]}, "2025-07": {"Communities": [1, 700, 0, 920, 308, 0, 0], "PersonalAssistance": [1, 5200, 2314.00, 356, 244, 0, 0]}, "2025-08": {"Communities": [1, 700, 0, 754, 271, 0, 0], "PersonalAssistance": [1, 5200, 2184.00, 336, 246, 0, 0]}, "2025-09": {"Communities": [1, 700, 0, 611, 245, 10070, 106], "PersonalAssistance": [1, 5200, 1709.50, 263, 201, 6873, 79]}, "2025-10": {"CoCreation": [1, 400, 384, 32, 27, 0, 0], "Communities": [1, 700, 0, 574, 190, 0, 0], "PersonalAssistance": [1, 5200, 1352.00, 208, 153, 0, 0]}, "2025-11": {"CoCreation": [1, 400, 324, 27, 21, 0, 0], "Communities": [1, 700, 0, 473, 163, 0, 0], "PersonalAssistance": [1, 5200, 1287.00, 198, 149, 0, 0]}, "2025-12": {"CoCreation": [1, 400, 288, 24, 21, 0, 0], "Communities": [1, 700, 0, 409, 164, 8736, 96], "PersonalAssistance": [1, 5200, 1137.50, 175, 127, 7565, 85]}, "2026-01": {"CoCreation": [1, 400, 312, 26, 22, 0, 0], "Communities": [1, 700, 0, 453, 169, 0, 0], "PersonalAssistance": [1, 5200, 1332.50, 205, 153, 0, 0]}, "2026-02": {"CoCreation": [1, 400, 420, 35, 28, 0, 0], "Communities": [1, 700, 0, 633, 224, 0, 0], "PersonalAssistance": [1, 5200, 1553.50, 239, 193, 0, 0]}, "2026-03": {"CoCreation": [1, 400, 528, 44, 33, 0, 0], "Communities": [1, 700, 0, 731, 267, 7470, 83], "PersonalAssistance": [1, 5200, 1995.50, 307, 213, 5481, 63]}, "2026-04": {"CoCreation": [1, 400, 612, 51, 45, 0, 0], "Communities": [1, 700, 0, 810, 307, 0, 0], "PersonalAssistance": [1, 5200, 2301.00, 354, 234, 0, 0]}, "2026-05": {"CoCreation": [1, 400, 696, 58, 45, 0, 0], "Communities": [1, 700, 0, 1001, 345, 0, 0], "PersonalAssistance": [1, 5200, 2535.00, 390, 302, 0, 0]}, "2026-06": {"CoCreation": [1, 400, 720, 60, 51, 0, 0], "Communities": [1, 700, 0, 1102, 370, 8100, 90], "PersonalAssistance": [1, 5200, 2450.50, 377, 292, 6141, 69]}, "2026-07": {"CoCreation": [1, 400, 648, 54, 44, 0, 0], "Communities": [1, 700, 0, 943, 349, 0, 0], "PersonalAssistance": [1, 5200, 2795.00, 430, 271, 0, 0]}, "2026-08": {"CoCreation": [1, 400, 660, 55, 41, 0, 0], "Communities": [1, 700, 0, 989, 352, 0, 0], "PersonalAssistance": [1, 5200, 2125.50, 327, 249, 0, 0]}, "2026-09": {"CoCreation": [1, 400, 540, 45, 41, 0, 0], "Communities": [1, 700, 0, 851, 305, 8280, 92], "PersonalAssistance": [1, 5200, 1911.00, 294, 233, 6020, 70]}, "2026-10": {"CoCreation": [1, 400, 492, 41, 29, 0, 0], "Communities": [1, 700, 0, 687, 225, 0, 0], "PersonalAssistance": [1, 5200, 1787.50, 275, 202, 0, 0]}}, "steady": {"CoCreation": [1, 400, 0, 0, 0, 0, 0], "Communities": [1, 700, 0, 0, 0, 0, 0], "PersonalAssistance": [1, 5200, 0, 0, 0, 0, 0]}, "lastMonth": "2026-10", "firstMonth": "2025-01"}, "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "BoostingSales", "effectiveDate": "2025-01-01"}], "description": "Sport riders of Northwind Cycles", "expectations": [{"type": "PersonalAssistance", "importance": 5, "effectiveDate": "2025-01-01"}, {"type": "Communities", "importance": 4, "effectiveDate": "2025-01-01"}, {"type": "CoCreation", "importance": 2, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "a5d03a1b-0856-4ce4-919c-e83448766c21", "name": "Fitting studio", "type": "PersonalAssistance", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 5200, "costPerInteraction": 6.50}], "usage": [{"month": "2025-01", "interactions": 162, "customersReached": 129}, {"month": "2025-02", "interactions": 210, "customersReached": 152}, {"month": "2025-03", "interactions": 263, "customersReached": 172}, {"month": "2025-04", "interactions": 313, "customersReached": 211}, {"month": "2025-05", "interactions": 311, "customersReached": 240}, {"month": "2025-06", "interactions": 381, "customersReached": 258}, {"month": "2025-07", "interactions": 356, "customersReached": 244}, {"month": "2025-08", "interactions": 336, "customersReached": 246}, {"month": "2025-09", "interactions": 263, "customersReached": 201}, {"month": "2025-10", "interactions": 208, "customersReached": 153}, {"month": "2025-11", "interactions": 198, "customersReached": 149}, {"month": "2025-12", "interactions": 175, "customersReached": 127}, {"month": "2026-01", "interactions": 205, "customersReached": 153}, {"month": "2026-02", "interactions": 239, "customersReached": 193}, {"month": "2026-03", "interactions": 307, "customersReached": 213}, {"month": "2026-04", "interactions": 354, "customersReached": 234}, {"month": "2026-05", "interactions": 390, "customersReached": 302}, {"month": "2026-06", "interactions": 377, "customersReached": 292}, {"month": "2026-07", "interactions": 430, "customersReached": 271}, {"month": "2026-08", "interactions": 327, "customersReached": 249}, {"month": "2026-09", "interactions": 294, "customersReached": 233}, {"month": "2026-10", "interactions": 275, "customersReached": 202}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["InPerson"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-01-01"}], "integrations": [{"note": "Trained fitters and the 3D fitting rig", "block": "KeyResources", "effectiveDate": "2025-01-01"}], "satisfaction": [{"month": "2025-03", "score": 91, "responses": 87}, {"month": "2025-06", "score": 86, "responses": 70}, {"month": "2025-09", "score": 87, "responses": 79}, {"month": "2025-12", "score": 89, "responses": 85}, {"month": "2026-03", "score": 87, "responses": 63}, {"month": "2026-06", "score": 89, "responses": 69}, {"month": "2026-09", "score": 86, "responses": 70}], "establishedOn": "2025-01-01", "retirementReason": null}, {"id": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "name": "Saturday ride club", "type": "Communities", "costs": [{"reason": null, "effectiveDate": "2025-02-01", "monthlyFixedCost": 700, "costPerInteraction": 0}], "usage": [{"month": "2025-02", "interactions": 469, "customersReached": 183}, {"month": "2025-03", "interactions": 623, "customersReached": 246}, {"month": "2025-04", "interactions": 666, "customersReached": 287}, {"month": "2025-05", "interactions": 827, "customersReached": 328}, {"month": "2025-06", "interactions": 807, "customersReached": 315}, {"month": "2025-07", "interactions": 920, "customersReached": 308}, {"month": "2025-08", "interactions": 754, "customersReached": 271}, {"month": "2025-09", "interactions": 611, "customersReached": 245}, {"month": "2025-10", "interactions": 574, "customersReached": 190}, {"month": "2025-11", "interactions": 473, "customersReached": 163}, {"month": "2025-12", "interactions": 409, "customersReached": 164}, {"month": "2026-01", "interactions": 453, "customersReached": 169}, {"month": "2026-02", "interactions": 633, "customersReached": 224}, {"month": "2026-03", "interactions": 731, "customersReached": 267}, {"month": "2026-04", "interactions": 810, "customersReached": 307}, {"month": "2026-05", "interactions": 1001, "customersReached": 345}, {"month": "2026-06", "interactions": 1102, "customersReached": 370}, {"month": "2026-07", "interactions": 943, "customersReached": 349}, {"month": "2026-08", "interactions": 989, "customersReached": 352}, {"month": "2026-09", "interactions": 851, "customersReached": 305}, {"month": "2026-10", "interactions": 687, "customersReached": 225}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Event", "SocialMedia"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-02-01"}, {"owner": "Community team", "phases": null, "reason": "Chat group added", "horizon": null, "channels": ["Event", "SocialMedia", "Chat"], "provider": null, "motivations": null, "effectiveDate": "2025-07-01"}], "integrations": [], "satisfaction": [{"month": "2025-03", "score": 93, "responses": 112}, {"month": "2025-06", "score": 94, "responses": 85}, {"month": "2025-09", "score": 95, "responses": 106}, {"month": "2025-12", "score": 91, "responses": 96}, {"month": "2026-03", "score": 90, "responses": 83}, {"month": "2026-06", "score": 90, "responses": 90}, {"month": "2026-09", "score": 90, "responses": 92}], "establishedOn": "2025-02-01", "retirementReason": null}, {"id": "f208d8bd-0662-4480-b734-a65f853a7509", "name": "Product test panel", "type": "CoCreation", "costs": [{"reason": null, "effectiveDate": "2025-10-01", "monthlyFixedCost": 400, "costPerInteraction": 12}], "usage": [{"month": "2025-10", "interactions": 32, "customersReached": 27}, {"month": "2025-11", "interactions": 27, "customersReached": 21}, {"month": "2025-12", "interactions": 24, "customersReached": 21}, {"month": "2026-01", "interactions": 26, "customersReached": 22}, {"month": "2026-02", "interactions": 35, "customersReached": 28}, {"month": "2026-03", "interactions": 44, "customersReached": 33}, {"month": "2026-04", "interactions": 51, "customersReached": 45}, {"month": "2026-05", "interactions": 58, "customersReached": 45}, {"month": "2026-06", "interactions": 60, "customersReached": 51}, {"month": "2026-07", "interactions": 54, "customersReached": 44}, {"month": "2026-08", "interactions": 55, "customersReached": 41}, {"month": "2026-09", "interactions": 45, "customersReached": 41}, {"month": "2026-10", "interactions": 41, "customersReached": 29}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Web", "Event"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-10-01"}], "integrations": [], "satisfaction": [], "establishedOn": "2025-10-01", "retirementReason": null}], "statusChanges": [], "isDiscontinued": false, "discontinuation": null, "latestEffectiveDate": "2026-10-01"}', '2026-11-27 17:01:22.251648+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 79, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', '55276b4d-2fe6-48e8-92b8-36936c80b025', '{"id": "55276b4d-2fe6-48e8-92b8-36936c80b025", "name": "Corporate fleets", "figures": {"months": {"2025-01": {"DedicatedPersonalAssistance": [1, 7400, 1728, 96, 34, 0, 0]}, "2025-02": {"DedicatedPersonalAssistance": [1, 7400, 2286, 127, 34, 0, 0]}, "2025-03": {"ThirdParty": [1, 2100, 1852.20, 441, 179, 2990, 46], "DedicatedPersonalAssistance": [1, 7400, 2394, 133, 42, 1806, 21]}, "2025-04": {"ThirdParty": [1, 2100, 2011.80, 479, 180, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3258, 181, 60, 0, 0]}, "2025-05": {"ThirdParty": [1, 2100, 2373.00, 565, 227, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3510, 195, 59, 0, 0]}, "2025-06": {"ThirdParty": [1, 2100, 2343.60, 558, 244, 3328, 52], "DedicatedPersonalAssistance": [1, 7400, 3708, 206, 66, 1806, 21]}, "2025-07": {"ThirdParty": [1, 2100, 2675.40, 637, 212, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3420, 190, 68, 0, 0]}, "2025-08": {"ThirdParty": [1, 2100, 2230.20, 531, 220, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 2952, 164, 53, 0, 0]}, "2025-09": {"ThirdParty": [1, 2100, 2150.40, 512, 166, 3534, 57], "DedicatedPersonalAssistance": [1, 7400, 2790, 155, 54, 2465, 29]}, "2025-10": {"ThirdParty": [1, 2100, 1633.80, 389, 163, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 2484, 138, 45, 0, 0]}, "2025-11": {"ThirdParty": [1, 2100, 1289.40, 307, 127, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 2178, 121, 38, 0, 0]}, "2025-12": {"ThirdParty": [1, 2100, 1461.60, 348, 115, 2583, 41], "DedicatedPersonalAssistance": [1, 7400, 1782, 99, 30, 2136, 24]}, "2026-01": {"ThirdParty": [1, 2100, 1407.00, 335, 129, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 1854, 103, 40, 0, 0]}, "2026-02": {"ThirdParty": [1, 2100, 1642.20, 391, 170, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 2520, 140, 43, 0, 0]}, "2026-03": {"ThirdParty": [1, 2319.3548387096774193548387097, 2281.60, 496, 195, 3128, 46], "DedicatedPersonalAssistance": [1, 7400, 3312, 184, 54, 2025, 25]}, "2026-04": {"ThirdParty": [1, 2500, 2622.00, 570, 226, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3654, 203, 62, 0, 0]}, "2026-05": {"ThirdParty": [1, 2500, 3394.80, 738, 244, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3816, 212, 67, 0, 0]}, "2026-06": {"ThirdParty": [1, 2500, 3482.20, 757, 291, 2976, 48], "DedicatedPersonalAssistance": [1, 7400, 4626, 257, 75, 1700, 20]}, "2026-07": {"ThirdParty": [1, 2500, 3003.80, 653, 288, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3942, 219, 73, 0, 0]}, "2026-08": {"ThirdParty": [1, 2500, 2691.00, 585, 223, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 3456, 192, 73, 0, 0]}, "2026-09": {"ThirdParty": [1, 2500, 2493.20, 542, 187, 3584, 56], "DedicatedPersonalAssistance": [1, 7400, 3366, 187, 55, 2016, 24]}, "2026-10": {"ThirdParty": [1, 2500, 1895.20, 412, 163, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 2934, 163, 48, 0, 0]}}, "steady": {"ThirdParty": [1, 2500, 0, 0, 0, 0, 0], "DedicatedPersonalAssistance": [1, 7400, 0, 0, 0, 0, 0]}, "lastMonth": "2026-10", "firstMonth": "2025-01"}, "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "Acquisition", "effectiveDate": "2025-01-01"}], "description": "Corporate fleets of Northwind Cycles", "expectations": [{"type": "DedicatedPersonalAssistance", "importance": 5, "effectiveDate": "2025-01-01"}, {"type": "ThirdParty", "importance": 2, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "name": "Fleet account managers", "type": "DedicatedPersonalAssistance", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 7400, "costPerInteraction": 18}], "usage": [{"month": "2025-01", "interactions": 96, "customersReached": 34}, {"month": "2025-02", "interactions": 127, "customersReached": 34}, {"month": "2025-03", "interactions": 133, "customersReached": 42}, {"month": "2025-04", "interactions": 181, "customersReached": 60}, {"month": "2025-05", "interactions": 195, "customersReached": 59}, {"month": "2025-06", "interactions": 206, "customersReached": 66}, {"month": "2025-07", "interactions": 190, "customersReached": 68}, {"month": "2025-08", "interactions": 164, "customersReached": 53}, {"month": "2025-09", "interactions": 155, "customersReached": 54}, {"month": "2025-10", "interactions": 138, "customersReached": 45}, {"month": "2025-11", "interactions": 121, "customersReached": 38}, {"month": "2025-12", "interactions": 99, "customersReached": 30}, {"month": "2026-01", "interactions": 103, "customersReached": 40}, {"month": "2026-02", "interactions": 140, "customersReached": 43}, {"month": "2026-03", "interactions": 184, "customersReached": 54}, {"month": "2026-04", "interactions": 203, "customersReached": 62}, {"month": "2026-05", "interactions": 212, "customersReached": 67}, {"month": "2026-06", "interactions": 257, "customersReached": 75}, {"month": "2026-07", "interactions": 219, "customersReached": 73}, {"month": "2026-08", "interactions": 192, "customersReached": 73}, {"month": "2026-09", "interactions": 187, "customersReached": 55}, {"month": "2026-10", "interactions": 163, "customersReached": 48}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["InPerson", "Phone"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-01-01"}], "integrations": [], "satisfaction": [{"month": "2025-03", "score": 86, "responses": 21}, {"month": "2025-06", "score": 86, "responses": 21}, {"month": "2025-09", "score": 85, "responses": 29}, {"month": "2025-12", "score": 89, "responses": 24}, {"month": "2026-03", "score": 81, "responses": 25}, {"month": "2026-06", "score": 85, "responses": 20}, {"month": "2026-09", "score": 84, "responses": 24}], "establishedOn": "2025-01-01", "retirementReason": null}, {"id": "332469d5-5919-4475-9000-77b2678630db", "name": "Leasing partner service desk", "type": "ThirdParty", "costs": [{"reason": null, "effectiveDate": "2025-03-01", "monthlyFixedCost": 2100, "costPerInteraction": 4.20}, {"reason": "LeaseCo price increase", "effectiveDate": "2026-03-15", "monthlyFixedCost": 2500, "costPerInteraction": 4.60}], "usage": [{"month": "2025-03", "interactions": 441, "customersReached": 179}, {"month": "2025-04", "interactions": 479, "customersReached": 180}, {"month": "2025-05", "interactions": 565, "customersReached": 227}, {"month": "2025-06", "interactions": 558, "customersReached": 244}, {"month": "2025-07", "interactions": 637, "customersReached": 212}, {"month": "2025-08", "interactions": 531, "customersReached": 220}, {"month": "2025-09", "interactions": 512, "customersReached": 166}, {"month": "2025-10", "interactions": 389, "customersReached": 163}, {"month": "2025-11", "interactions": 307, "customersReached": 127}, {"month": "2025-12", "interactions": 348, "customersReached": 115}, {"month": "2026-01", "interactions": 335, "customersReached": 129}, {"month": "2026-02", "interactions": 391, "customersReached": 170}, {"month": "2026-03", "interactions": 496, "customersReached": 195}, {"month": "2026-04", "interactions": 570, "customersReached": 226}, {"month": "2026-05", "interactions": 738, "customersReached": 244}, {"month": "2026-06", "interactions": 757, "customersReached": 291}, {"month": "2026-07", "interactions": 653, "customersReached": 288}, {"month": "2026-08", "interactions": 585, "customersReached": 223}, {"month": "2026-09", "interactions": 542, "customersReached": 187}, {"month": "2026-10", "interactions": 412, "customersReached": 163}], "retiredOn": null, "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["Phone", "Email"], "provider": "LeaseCo", "motivations": ["Retention"], "effectiveDate": "2025-03-01"}], "integrations": [{"note": "LeaseCo runs first-line support", "block": "KeyPartnerships", "effectiveDate": "2025-03-01"}], "satisfaction": [{"month": "2025-03", "score": 65, "responses": 46}, {"month": "2025-06", "score": 64, "responses": 52}, {"month": "2025-09", "score": 62, "responses": 57}, {"month": "2025-12", "score": 63, "responses": 41}, {"month": "2026-03", "score": 68, "responses": 46}, {"month": "2026-06", "score": 62, "responses": 48}, {"month": "2026-09", "score": 64, "responses": 56}], "establishedOn": "2025-03-01", "retirementReason": null}], "statusChanges": [], "isDiscontinued": false, "discontinuation": null, "latestEffectiveDate": "2026-10-01"}', '2026-11-27 17:01:22.251648+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 63, DEFAULT, DEFAULT, DEFAULT);
INSERT INTO inventory.mt_doc_segmentportfolio VALUES ('default', 'e1be1fe4-4da5-4f02-846e-880587e322ae', '{"id": "e1be1fe4-4da5-4f02-846e-880587e322ae", "name": "Families", "figures": {"months": {"2025-01": {"PersonalAssistance": [1, 2600, 883.50, 285, 204, 0, 0]}, "2025-02": {"PersonalAssistance": [1, 2600, 1038.50, 335, 241, 0, 0]}, "2025-03": {"PersonalAssistance": [1, 2600, 1264.80, 408, 313, 7560, 90]}, "2025-04": {"PersonalAssistance": [1, 2600, 1429.10, 461, 339, 0, 0]}, "2025-05": {"PersonalAssistance": [1, 2600, 1621.30, 523, 389, 0, 0]}, "2025-06": {"PersonalAssistance": [1, 2600, 1801.10, 581, 436, 10080, 120]}, "2025-07": {"PersonalAssistance": [1, 2600, 1757.70, 567, 462, 0, 0]}, "2025-08": {"PersonalAssistance": [1, 2600, 1646.10, 531, 390, 0, 0]}, "2025-09": {"PersonalAssistance": [1, 2600, 1317.50, 425, 345, 9796, 124]}, "2025-10": {"PersonalAssistance": [1, 2600, 1063.30, 343, 279, 0, 0]}, "2025-11": {"PersonalAssistance": [1, 2600, 861.80, 278, 225, 0, 0]}, "2025-12": {"PersonalAssistance": [1, 2600, 840.10, 271, 245, 9204, 118]}, "2026-01": {"PersonalAssistance": [1, 2600, 964.10, 311, 241, 0, 0]}, "2026-02": {"PersonalAssistance": [1, 2600, 1215.20, 392, 321, 0, 0]}, "2026-03": {"PersonalAssistance": [1, 2600, 1422.90, 459, 383, 8970, 115]}, "2026-04": {"PersonalAssistance": [1, 2600, 1525.20, 492, 417, 0, 0]}, "2026-05": {"PersonalAssistance": [1, 2600, 1909.60, 616, 456, 0, 0]}, "2026-06": {"PersonalAssistance": [1, 2600, 2151.40, 694, 529, 7905, 93]}, "2026-09": {"PersonalAssistance": [0, 0, 0, 0, 0, 7931, 103]}}, "steady": {}, "lastMonth": "2026-10", "firstMonth": "2025-01"}, "definedOn": "2025-01-01", "objectives": [{"rationale": null, "motivation": "Acquisition", "effectiveDate": "2025-01-01"}], "description": "Families of Northwind Cycles", "expectations": [{"type": "PersonalAssistance", "importance": 3, "effectiveDate": "2025-01-01"}, {"type": "SelfService", "importance": 3, "effectiveDate": "2025-01-01"}], "relationships": [{"id": "feb55187-7f82-455b-823e-a18f86a7f389", "name": "In-store family advice", "type": "PersonalAssistance", "costs": [{"reason": null, "effectiveDate": "2025-01-01", "monthlyFixedCost": 2600, "costPerInteraction": 3.10}], "usage": [{"month": "2025-01", "interactions": 285, "customersReached": 204}, {"month": "2025-02", "interactions": 335, "customersReached": 241}, {"month": "2025-03", "interactions": 408, "customersReached": 313}, {"month": "2025-04", "interactions": 461, "customersReached": 339}, {"month": "2025-05", "interactions": 523, "customersReached": 389}, {"month": "2025-06", "interactions": 581, "customersReached": 436}, {"month": "2025-07", "interactions": 567, "customersReached": 462}, {"month": "2025-08", "interactions": 531, "customersReached": 390}, {"month": "2025-09", "interactions": 425, "customersReached": 345}, {"month": "2025-10", "interactions": 343, "customersReached": 279}, {"month": "2025-11", "interactions": 278, "customersReached": 225}, {"month": "2025-12", "interactions": 271, "customersReached": 245}, {"month": "2026-01", "interactions": 311, "customersReached": 241}, {"month": "2026-02", "interactions": 392, "customersReached": 321}, {"month": "2026-03", "interactions": 459, "customersReached": 383}, {"month": "2026-04", "interactions": 492, "customersReached": 417}, {"month": "2026-05", "interactions": 616, "customersReached": 456}, {"month": "2026-06", "interactions": 694, "customersReached": 529}, {"month": "2026-07", "interactions": 664, "customersReached": 466}, {"month": "2026-08", "interactions": 623, "customersReached": 452}, {"month": "2026-09", "interactions": 456, "customersReached": 363}, {"month": "2026-10", "interactions": 406, "customersReached": 338}], "retiredOn": "2026-07-01", "attributes": [{"owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "reason": null, "horizon": "LongTerm", "channels": ["InPerson"], "provider": null, "motivations": ["Retention"], "effectiveDate": "2025-01-01"}], "integrations": [], "satisfaction": [{"month": "2025-03", "score": 84, "responses": 90}, {"month": "2025-06", "score": 84, "responses": 120}, {"month": "2025-09", "score": 79, "responses": 124}, {"month": "2025-12", "score": 78, "responses": 118}, {"month": "2026-03", "score": 78, "responses": 115}, {"month": "2026-06", "score": 85, "responses": 93}, {"month": "2026-09", "score": 77, "responses": 103}], "establishedOn": "2025-01-01", "retirementReason": "Segment discontinued: Family segment merged into Commuters"}], "statusChanges": [{"reason": "Family segment merged into Commuters", "discontinued": true, "effectiveDate": "2026-07-01"}], "isDiscontinued": true, "discontinuation": {"reason": "Family segment merged into Commuters", "discontinued": true, "effectiveDate": "2026-07-01"}, "latestEffectiveDate": "2026-10-01"}', '2026-11-27 17:01:22.251648+00', 'Inventory.Domain.Portfolio.SegmentPortfolio', 35, DEFAULT, DEFAULT, DEFAULT);


--
-- Data for Name: mt_doc_websession; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_event_progression VALUES ('AuditTrail:All', 250, '2026-11-27 17:02:11.811097+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO inventory.mt_event_progression VALUES ('HighWaterAllocationFence', 250, '2026-11-27 17:02:45.4945+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO inventory.mt_event_progression VALUES ('HighWaterMark', 250, '2026-11-27 17:02:45.498764+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_events VALUES (1, 'a6f39767-e88b-4853-b8cf-4a039fee71b2', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 1, '{"name": "Commuters", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "motivation": "Retention", "description": "Commuters of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (2, 'c04fe422-ab8d-4168-8b62-d61d1a4323ff', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 2, '{"type": "SelfService", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "importance": 4, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (3, 'bf0c7dcf-72b8-41bf-8025-b11971edd6d6', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 3, '{"type": "AutomatedServices", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "importance": 3, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (4, 'f04bcfd4-5bf5-48c5-ad20-a89f722d703e', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 4, '{"type": "Communities", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "importance": 2, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (5, '85cba685-51fe-496d-bf01-78daaea7ccd2', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 5, '{"name": "Web shop and repair booking", "type": "SelfService", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Web", "MobileApp"], "currency": "EUR", "provider": null, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "motivations": ["Retention"], "effectiveDate": "2025-01-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "monthlyFixedCost": 1800, "costPerInteraction": 0.04}', NULL, 'relationship_established', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (6, '39f19a6b-5380-4288-9768-2f5a10c72b07', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 6, '{"name": "Ride app with service reminders", "type": "AutomatedServices", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["MobileApp"], "currency": "EUR", "provider": null, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "motivations": ["Retention"], "effectiveDate": "2025-05-01", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "monthlyFixedCost": 950, "costPerInteraction": 0.02}', NULL, 'relationship_established', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (7, '1c12c203-6a37-4755-833e-20e017d18aef', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 7, '{"month": "2025-01", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 3539, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1572}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (8, 'b7dc9c00-0d60-4d67-bfd0-fd18fa111b57', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 8, '{"month": "2025-02", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 4619, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1700}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (9, 'd4ea2e61-c467-4988-a924-a397163d68e0', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 9, '{"month": "2025-03", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 4940, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2017}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (10, '36cb2ed1-137a-4407-8dc5-2dc640cc5f09', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 10, '{"month": "2025-03", "score": 76, "responses": 314, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (11, 'e0d18fe8-2e1f-4d59-a428-267f8174942b', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 11, '{"month": "2025-04", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 6351, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2385}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (12, 'd89d8249-cb68-4cd5-98de-62078266f696', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 12, '{"month": "2025-05", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7729, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2858}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (13, 'c186d959-fb82-41b4-8acb-ca5b5b902e9e', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 13, '{"month": "2025-05", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 11958, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2024}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (14, '4652fae0-352f-41d4-8441-b328b18395c7', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 14, '{"month": "2025-06", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7106, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 3267}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (15, 'b1bdda97-4a27-468e-94df-be869ed6798e', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 15, '{"month": "2025-06", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 12243, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2394}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (16, '7e385b5f-3cc9-40b8-ab72-3c2ff85e7c3b', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 16, '{"month": "2025-06", "score": 71, "responses": 358, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (17, '17bb868e-3633-48a3-a80b-eff1f170adc8', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 17, '{"month": "2025-06", "score": 76, "responses": 273, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (18, 'ce498b17-56f1-40cd-b6ae-723e4d714365', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 18, '{"month": "2025-07", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7305, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 3237}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (19, 'f6de0a9a-4f50-4b56-a1aa-e3484aa1067c', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 19, '{"month": "2025-07", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 11935, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2168}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (20, 'e06e1400-3590-45ad-bb93-32cf3f2abab6', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 20, '{"month": "2025-08", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7180, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2899}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (21, '6c33821e-e0b9-41d3-9c4a-c71a99d2f3c9', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 21, '{"month": "2025-08", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 11521, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1775}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (22, '33dd7acb-e80f-4488-9be1-ed3e976c6131', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 22, '{"month": "2025-09", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 6085, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2487}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (23, 'b2e82d25-eb49-4921-a2ae-704c9c49afa3', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 23, '{"month": "2025-09", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 10219, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1729}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (24, 'b7676d49-6916-4ede-bbbe-846ec43c1209', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 24, '{"month": "2025-09", "score": 71, "responses": 370, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (25, 'b6bd0912-6a20-4bb8-b8f1-79281d2e7990', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 25, '{"month": "2025-09", "score": 76, "responses": 324, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (26, '044ba4bb-642c-4544-b27e-03ad48627eee', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 26, '{"month": "2025-10", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 4453, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1899}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (27, '0d3eaa2e-9483-4ade-9b17-1ef307e50031', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 27, '{"month": "2025-10", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 8512, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1480}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (28, '1067a270-b9db-421a-bd21-04e052faa03b', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 28, '{"month": "2025-11", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 3995, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1521}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (29, '7cffbede-e9fd-4ef7-a87e-8a580976c0ce', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 29, '{"month": "2025-11", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7032, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1176}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (30, '14f51517-7673-466c-8f65-b79cda22af7f', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 30, '{"month": "2025-12", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 3730, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1672}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (31, '7b69ab71-b1a8-46fa-ba27-56476541139a', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 31, '{"month": "2025-12", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7307, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1051}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (32, '3af753ae-e817-411d-8869-befdf6e60a3f', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 32, '{"month": "2025-12", "score": 71, "responses": 310, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (33, 'c557870b-e3f4-4032-8ec2-875950405d29', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 33, '{"month": "2025-12", "score": 79, "responses": 289, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (34, 'e261311b-db78-4ace-8a10-b5ebe35dfbec', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 34, '{"month": "2026-01", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 3893, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1569}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (35, 'a4623ada-f073-4094-a356-03479bb444cb', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 35, '{"month": "2026-01", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7029, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1253}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (36, '9a881a29-a09e-4940-93a7-ad750f5d7882', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 36, '{"month": "2026-02", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 4784, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 1895}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (37, '713ad8b9-e98a-40bc-b795-9597995afcc6', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 37, '{"month": "2026-02", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 9509, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1337}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (38, '60ac2139-495f-4676-8068-e0db89cd8c16', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 38, '{"month": "2026-03", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 6051, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2455}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (39, 'd8290a34-a3ed-4011-8c31-5a531b2a4756', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 39, '{"month": "2026-03", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 10264, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1683}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (40, '60060098-7420-4b8f-bdb5-58503dc12fb4', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 40, '{"month": "2026-03", "score": 77, "responses": 351, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (41, 'ee5642d5-0ea3-4212-8a7c-e409296b7e38', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 41, '{"month": "2026-03", "score": 75, "responses": 286, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (42, '30721f2e-4df8-446c-bbb4-a43be878c21c', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 42, '{"month": "2026-04", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 8187, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2871}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (43, '6d581163-52d2-486f-8d63-114efe33349f', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 43, '{"month": "2026-04", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 12641, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1978}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (44, '0ddcd1b8-20a2-4525-8786-ffe724451a12', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 44, '{"month": "2026-05", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 8069, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 3163}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (45, '36d15783-1ba4-470d-b258-3af555b574d6', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 45, '{"month": "2026-05", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 15680, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2566}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (46, '5edd84aa-63a9-4ab1-87a3-d38d42cfec74', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 46, '{"month": "2026-06", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 8652, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 3317}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (47, '73e86426-2392-4143-bb55-8dac0c2e7c1a', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 47, '{"month": "2026-06", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 14255, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2643}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (48, 'cd5e4b05-444f-46b9-a184-94fc3feba4eb', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 48, '{"month": "2026-06", "score": 68, "responses": 385, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (49, 'e7215dfc-db21-4935-9216-3326ded49c5b', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 49, '{"month": "2026-06", "score": 76, "responses": 321, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (50, '06717ebd-e551-4969-939c-0381059761f1', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 50, '{"month": "2026-07", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 8442, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 3383}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (51, 'e7dd3ce5-b61d-459b-acf4-060201378ace', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 51, '{"month": "2026-07", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 14169, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2398}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (52, '6ff896b7-4cf6-42ec-ad3a-64170b7beec7', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 52, '{"month": "2026-08", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 7913, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 3378}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (53, 'b2a1b90e-3509-4ab8-aaad-bdf3bfea4999', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 53, '{"month": "2026-08", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 13057, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 2257}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (54, 'e78fb6f4-cfb3-40d1-9de2-18513242325f', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 54, '{"month": "2026-09", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 6941, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2738}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (55, '48c3b90c-4891-4e0d-9a28-82c59f562507', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 55, '{"month": "2026-09", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 10928, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1971}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (56, '9e9e7e2c-fd2f-4da2-8e15-4847d1d29bee', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 56, '{"month": "2026-09", "score": 72, "responses": 339, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (57, '0f34c0bc-bf6a-4773-8871-0717beccabaa', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 57, '{"month": "2026-09", "score": 77, "responses": 304, "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (58, 'b6876439-5cd1-4972-b3a9-2818fc979b92', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 58, '{"month": "2026-10", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 5285, "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "customersReached": 2085}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (59, 'ec84f267-4a22-4790-b8c7-2388f0d687fe', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 59, '{"month": "2026-10", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "interactions": 8922, "relationshipId": "92aab404-6030-4ba8-8c21-97993155be0d", "customersReached": 1708}', NULL, 'usage_recorded', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (60, '298da2a6-cef0-4acf-ae7a-d257f24bb03f', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 60, '{"reason": "New hosting contract", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "effectiveDate": "2026-01-01", "relationshipId": "4760bd07-e85c-4226-8b66-22f334492b3d", "monthlyFixedCost": 2100, "costPerInteraction": 0.035}', NULL, 'cost_revised', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.CostRevised, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (61, 'cae6ac8f-76f5-4aac-b7d6-ef99860884dd', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 61, '{"rationale": "Commuter base is loyal; grow accessories", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}', NULL, 'segment_objective_changed', '2026-11-27 17:01:18.531966+00', 'default', 'Inventory.Domain.Portfolio.SegmentObjectiveChanged, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (62, '29bd243a-b932-47f1-b049-639cd0a25484', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 1, '{"name": "Sport riders", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "motivation": "BoostingSales", "description": "Sport riders of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (63, '76a2e07b-aa87-4bd8-9607-3d2ec59f63ef', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 2, '{"type": "PersonalAssistance", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "importance": 5, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (64, '93c69807-1557-40e4-a300-410e63b69b5c', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 3, '{"type": "Communities", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "importance": 4, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (65, '082a9ed2-a539-4b82-b04d-b697d6a785b6', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 4, '{"type": "CoCreation", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "importance": 2, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (66, '3dd97cd2-b9a6-4263-bddf-4b0d34efd8a7', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 5, '{"name": "Fitting studio", "type": "PersonalAssistance", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["InPerson"], "currency": "EUR", "provider": null, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "motivations": ["Retention"], "effectiveDate": "2025-01-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "monthlyFixedCost": 5200, "costPerInteraction": 6.50}', NULL, 'relationship_established', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (67, '8c211f41-c0bf-42a4-acca-91051e3ad9b5', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 6, '{"name": "Saturday ride club", "type": "Communities", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Event", "SocialMedia"], "currency": "EUR", "provider": null, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "motivations": ["Retention"], "effectiveDate": "2025-02-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "monthlyFixedCost": 700, "costPerInteraction": 0}', NULL, 'relationship_established', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (68, '5e05e0d0-50bf-4d4d-9ed0-e7e56fb8e381', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 7, '{"name": "Product test panel", "type": "CoCreation", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Web", "Event"], "currency": "EUR", "provider": null, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "motivations": ["Retention"], "effectiveDate": "2025-10-01", "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "monthlyFixedCost": 400, "costPerInteraction": 12}', NULL, 'relationship_established', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (69, '77b46c3b-0f38-4071-9f33-1dd287b719a8', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 8, '{"month": "2025-01", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 162, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 129}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (70, '56ef4cf4-5971-487c-b228-d533bd213a58', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 9, '{"month": "2025-02", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 210, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 152}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (71, '00524a97-986c-4c03-9e66-ab0e37f98c10', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 10, '{"month": "2025-02", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 469, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 183}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (72, '7c23501e-c5d3-42e5-af47-47b02979c508', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 11, '{"month": "2025-03", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 263, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 172}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (73, '12791daa-9714-4264-aa48-0be46730d92e', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 12, '{"month": "2025-03", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 623, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 246}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (74, 'ce28cd3d-0731-40f3-bb94-df3348be04f3', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 13, '{"month": "2025-03", "score": 91, "responses": 87, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (75, '99e2ac2a-f70a-41df-b977-9c0e68c2fcf3', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 14, '{"month": "2025-03", "score": 93, "responses": 112, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (76, '721254c7-72da-439d-8def-15451cf0fce8', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 15, '{"month": "2025-04", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 313, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 211}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (77, '617232bb-b225-4abc-82fd-69ae11cd6772', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 16, '{"month": "2025-04", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 666, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 287}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (78, '75c20bde-67a6-421c-a0cd-074be5af74fc', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 17, '{"month": "2025-05", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 311, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 240}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (79, '992a4c8e-9121-419b-b736-d8591feb01af', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 18, '{"month": "2025-05", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 827, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 328}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (80, '4fd6cc78-dcef-409d-9e22-0561732f0cef', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 19, '{"month": "2025-06", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 381, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 258}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (81, 'a7570a28-d720-4066-9041-d53a3fe2b2ba', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 20, '{"month": "2025-06", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 807, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 315}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (82, '410c160d-1fce-4286-b194-b3bc9d372c74', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 21, '{"month": "2025-06", "score": 86, "responses": 70, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (83, 'c74c1c42-d051-4bac-b6e5-aa19bb6a597f', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 22, '{"month": "2025-06", "score": 94, "responses": 85, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (84, '3441e8e3-5fe4-41b9-88d7-08fce6192abf', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 23, '{"month": "2025-07", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 356, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 244}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (85, '6feeb87b-6078-42f6-856e-6b9bcef17188', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 24, '{"month": "2025-07", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 920, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 308}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (86, '01af8cef-160f-4c7a-a2d4-28bc45d22c55', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 25, '{"month": "2025-08", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 336, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 246}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (87, 'e4668be3-c332-4c1f-8363-d97f79f6c4c5', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 26, '{"month": "2025-08", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 754, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 271}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (88, '79a642f4-5b21-48cb-a998-90968d95ec41', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 27, '{"month": "2025-09", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 263, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 201}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (89, '1988f522-9130-44f9-9436-1376e6347cd2', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 28, '{"month": "2025-09", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 611, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 245}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (90, '65fbf034-9f35-4d33-98e9-aced2a34cc3b', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 29, '{"month": "2025-09", "score": 87, "responses": 79, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (91, 'cd7cff38-e556-4a3f-9503-c47789dc7a3a', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 30, '{"month": "2025-09", "score": 95, "responses": 106, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (92, '7f168953-6927-4387-9c2e-9efecd9af32c', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 31, '{"month": "2025-10", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 208, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 153}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (93, 'bebe4cbe-db2f-4c31-b5b2-f1dddbd03729', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 32, '{"month": "2025-10", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 574, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 190}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (94, '1e0e92de-2c0c-4797-84a2-6bd2485072ba', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 33, '{"month": "2025-10", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 32, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 27}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (95, '912d3634-c95e-47cc-85bf-2712b5bd2e42', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 34, '{"month": "2025-11", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 198, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 149}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (96, 'fe8ac379-2d68-45ee-845d-bd2febb694bb', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 35, '{"month": "2025-11", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 473, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 163}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (97, '65ade561-3522-4105-aab3-d9012280457e', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 36, '{"month": "2025-11", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 27, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 21}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (98, 'e5f26fc6-99dc-4fd6-a6c7-fee4ff8e1ab7', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 37, '{"month": "2025-12", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 175, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 127}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (99, '27352805-4083-4a56-925d-cd9083426622', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 38, '{"month": "2025-12", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 409, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 164}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (100, 'c8eeef4c-e508-437d-8310-7d7c0a2a32a0', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 39, '{"month": "2025-12", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 24, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 21}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (101, '15291ac7-4730-4b83-afb8-7ee9c1b00e6d', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 40, '{"month": "2025-12", "score": 89, "responses": 85, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (102, '1a24162b-ae0f-4958-96a3-dfe714e3c060', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 41, '{"month": "2025-12", "score": 91, "responses": 96, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (103, 'f755fc3b-2816-46fd-956a-ec3a00947827', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 42, '{"month": "2026-01", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 205, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 153}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (104, '15bec1ee-295b-41d7-9069-67ac4918772b', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 43, '{"month": "2026-01", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 453, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 169}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (105, '1b92fe59-2fe0-4d9b-a190-3e78ee677f6c', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 44, '{"month": "2026-01", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 26, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 22}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (106, '1ad285d2-fc40-4638-8bc0-9fabc6f779c9', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 45, '{"month": "2026-02", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 239, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 193}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (107, 'ffbb89e5-ff7b-4c73-b470-40cc817d156a', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 46, '{"month": "2026-02", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 633, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 224}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (108, '6e8adc42-a36d-4af2-8896-7af1d80b1892', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 47, '{"month": "2026-02", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 35, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 28}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (109, '6219eac4-85b8-4dbd-ac5c-1cd96b01fa4d', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 48, '{"month": "2026-03", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 307, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 213}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (110, '7b2d5121-4b89-46cd-821f-f58bc6804ad7', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 49, '{"month": "2026-03", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 731, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 267}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (111, '114a6097-e7bd-4972-af4d-93d65391f250', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 50, '{"month": "2026-03", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 44, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 33}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (112, '94bfdaba-3a00-4233-acf8-2cfdd70897d0', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 51, '{"month": "2026-03", "score": 87, "responses": 63, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (113, 'e0ce290b-a9c8-47b2-a053-8e6bb0696c4d', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 52, '{"month": "2026-03", "score": 90, "responses": 83, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (114, 'd160793d-4f9f-4393-bc57-541d084b427e', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 53, '{"month": "2026-04", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 354, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 234}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (115, '6452251d-a1e4-458a-9eac-708a8b98b1b2', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 54, '{"month": "2026-04", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 810, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 307}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (116, 'bb78f7b5-b812-4587-8c48-33dc445de8fe', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 55, '{"month": "2026-04", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 51, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 45}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (117, '0ec5782c-ad32-490d-b15b-e160c7777ebb', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 56, '{"month": "2026-05", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 390, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 302}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (118, '2676b4d0-d5b7-44d8-905a-1256bba678f1', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 57, '{"month": "2026-05", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 1001, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 345}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (119, '27e5ce6d-9d36-4277-8be4-6d7196817916', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 58, '{"month": "2026-05", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 58, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 45}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (120, '10f4b9b6-ae30-4a37-9000-0cf9c11f0959', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 59, '{"month": "2026-06", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 377, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 292}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (121, 'b1f35014-1b1e-4120-8f2d-3b7556b51e3c', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 60, '{"month": "2026-06", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 1102, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 370}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (122, '48cf3c30-601e-4f72-bd08-e0b4f407399b', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 61, '{"month": "2026-06", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 60, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 51}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (123, '0df39421-9880-4d42-9784-5289d487701e', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 62, '{"month": "2026-06", "score": 89, "responses": 69, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (124, '0558ee99-162a-49cb-9acc-6022435b146d', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 63, '{"month": "2026-06", "score": 90, "responses": 90, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (125, '9199f7d5-3649-4ddb-a985-fa9941ca8d48', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 64, '{"month": "2026-07", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 430, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 271}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (126, '70f9b5a8-2983-4dcf-a271-f4ec68d47772', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 65, '{"month": "2026-07", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 943, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 349}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (127, 'f2cff30d-5bff-4e9b-b52c-f51667ee777c', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 66, '{"month": "2026-07", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 54, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 44}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (128, '7241c3e7-9843-445b-bbea-0676cd77d3b5', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 67, '{"month": "2026-08", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 327, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 249}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (129, 'eed1682e-cf20-4d34-95d5-bd6ef62c4789', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 68, '{"month": "2026-08", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 989, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 352}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (130, '22d40986-ba0e-4bc5-9379-c4bdfa696794', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 69, '{"month": "2026-08", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 55, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 41}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (131, '19fdb09e-d7ca-4b80-a331-dc9889d5ecc6', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 70, '{"month": "2026-09", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 294, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 233}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (132, 'ae561325-aed9-4f60-a63e-4695536c3445', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 71, '{"month": "2026-09", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 851, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 305}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (133, '4e64ace2-8a2c-4e00-9203-5a85cdcf6d93', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 72, '{"month": "2026-09", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 45, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 41}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (134, '420f6da4-c0a5-4a5c-9875-d732e8b10d71', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 73, '{"month": "2026-09", "score": 86, "responses": 70, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (135, 'f9ed0883-5963-4561-925e-c74074654b15', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 74, '{"month": "2026-09", "score": 90, "responses": 92, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (136, 'c18f49b9-d239-4ca6-b3de-ed6fece443a9', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 75, '{"month": "2026-10", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 275, "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21", "customersReached": 202}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (137, '1bb703f4-6778-42e7-b41c-0859df977be9', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 76, '{"month": "2026-10", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 687, "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f", "customersReached": 225}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (138, '472a916c-14c5-4987-9f4f-2ec74f9f504b', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 77, '{"month": "2026-10", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "interactions": 41, "relationshipId": "f208d8bd-0662-4480-b734-a65f853a7509", "customersReached": 29}', NULL, 'usage_recorded', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (139, '0989b8ec-9ac0-4396-bd34-e31213eda7cc', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 78, '{"owner": "Community team", "phases": null, "reason": "Chat group added", "horizon": null, "channels": ["Event", "SocialMedia", "Chat"], "provider": null, "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "motivations": null, "effectiveDate": "2025-07-01", "relationshipId": "5e1fb31e-15ec-4239-b673-7c0ab7702a1f"}', NULL, 'relationship_adjusted', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.RelationshipAdjusted, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (140, '3981caa4-846c-4c0b-af70-9c3ec971953a', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 79, '{"note": "Trained fitters and the 3D fitting rig", "block": "KeyResources", "segmentId": "cfd29870-c44b-46c9-b761-2ca1696c6017", "effectiveDate": "2025-01-01", "relationshipId": "a5d03a1b-0856-4ce4-919c-e83448766c21"}', NULL, 'integration_linked', '2026-11-27 17:01:18.55122+00', 'default', 'Inventory.Domain.Portfolio.IntegrationLinked, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (141, 'ad1850d2-e680-4f4c-bc5e-93f334c2605a', '55276b4d-2fe6-48e8-92b8-36936c80b025', 1, '{"name": "Corporate fleets", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "motivation": "Acquisition", "description": "Corporate fleets of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (142, '603b5c1b-29db-4ad5-9c33-377edeaa8d45', '55276b4d-2fe6-48e8-92b8-36936c80b025', 2, '{"type": "DedicatedPersonalAssistance", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "importance": 5, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (143, 'aaccf9b4-4d02-4302-b670-867d2b3fee11', '55276b4d-2fe6-48e8-92b8-36936c80b025', 3, '{"type": "ThirdParty", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "importance": 2, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (144, '5a2def15-8c53-42be-88cf-b859323f6f04', '55276b4d-2fe6-48e8-92b8-36936c80b025', 4, '{"name": "Fleet account managers", "type": "DedicatedPersonalAssistance", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["InPerson", "Phone"], "currency": "EUR", "provider": null, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "motivations": ["Retention"], "effectiveDate": "2025-01-01", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "monthlyFixedCost": 7400, "costPerInteraction": 18}', NULL, 'relationship_established', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (145, 'dbe7d8c3-11e8-4da6-ab10-2c3a09ee92db', '55276b4d-2fe6-48e8-92b8-36936c80b025', 5, '{"name": "Leasing partner service desk", "type": "ThirdParty", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["Phone", "Email"], "currency": "EUR", "provider": "LeaseCo", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "motivations": ["Retention"], "effectiveDate": "2025-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "monthlyFixedCost": 2100, "costPerInteraction": 4.20}', NULL, 'relationship_established', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (146, 'cadae6ae-8274-4aa8-ad20-9f0b3110c351', '55276b4d-2fe6-48e8-92b8-36936c80b025', 6, '{"month": "2025-01", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 96, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 34}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (147, '7011bbfa-383b-4ea7-b6c0-c0dad2a62f3b', '55276b4d-2fe6-48e8-92b8-36936c80b025', 7, '{"month": "2025-02", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 127, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 34}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (148, '169e8acd-40da-4c0e-a477-28228d23b11e', '55276b4d-2fe6-48e8-92b8-36936c80b025', 8, '{"month": "2025-03", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 133, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 42}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (149, '38b56693-afe7-449d-9970-9c2aa42f7fdb', '55276b4d-2fe6-48e8-92b8-36936c80b025', 9, '{"month": "2025-03", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 441, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 179}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (150, '531de676-5e2a-4675-a38a-297262c19dbc', '55276b4d-2fe6-48e8-92b8-36936c80b025', 10, '{"month": "2025-03", "score": 86, "responses": 21, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (151, '177d9bbf-6e40-4e10-b0fc-00941273c813', '55276b4d-2fe6-48e8-92b8-36936c80b025', 11, '{"month": "2025-03", "score": 65, "responses": 46, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (152, '4f680b97-8551-48b7-af8f-50d046a8c91b', '55276b4d-2fe6-48e8-92b8-36936c80b025', 12, '{"month": "2025-04", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 181, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 60}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (153, 'bbb9d071-51f2-4fb2-a3e6-a0662798d306', '55276b4d-2fe6-48e8-92b8-36936c80b025', 13, '{"month": "2025-04", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 479, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 180}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (154, 'c95fb703-801f-4a0e-9242-f247f75bad6f', '55276b4d-2fe6-48e8-92b8-36936c80b025', 14, '{"month": "2025-05", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 195, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 59}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (155, '9ca51191-0b83-41c5-92df-4b8be20cd2ea', '55276b4d-2fe6-48e8-92b8-36936c80b025', 15, '{"month": "2025-05", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 565, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 227}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (156, 'dadd5d92-9cd5-4fbf-bd63-da90fcdd11e3', '55276b4d-2fe6-48e8-92b8-36936c80b025', 16, '{"month": "2025-06", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 206, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 66}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (157, 'bdf8df20-2f06-4899-8c84-c851cf77f334', '55276b4d-2fe6-48e8-92b8-36936c80b025', 17, '{"month": "2025-06", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 558, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 244}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (158, 'e4e3ca40-f9b8-4b7b-a22f-267854ce3e7f', '55276b4d-2fe6-48e8-92b8-36936c80b025', 18, '{"month": "2025-06", "score": 86, "responses": 21, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (159, '4332b503-17c1-493f-9c8d-f21693dcd545', '55276b4d-2fe6-48e8-92b8-36936c80b025', 19, '{"month": "2025-06", "score": 64, "responses": 52, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (160, '56e198a2-5ae0-4602-a1b6-379f220b3949', '55276b4d-2fe6-48e8-92b8-36936c80b025', 20, '{"month": "2025-07", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 190, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 68}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (161, '6969216a-2f0b-4abf-aa10-9b07e29de14f', '55276b4d-2fe6-48e8-92b8-36936c80b025', 21, '{"month": "2025-07", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 637, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 212}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (162, '04800fc6-ca96-4f22-9922-05f5834e68f8', '55276b4d-2fe6-48e8-92b8-36936c80b025', 22, '{"month": "2025-08", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 164, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 53}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (163, 'f9403a64-5661-4a45-8f1d-33893a146204', '55276b4d-2fe6-48e8-92b8-36936c80b025', 23, '{"month": "2025-08", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 531, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 220}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (164, '366a3c29-0859-4ddc-8111-f2514dc32ae5', '55276b4d-2fe6-48e8-92b8-36936c80b025', 24, '{"month": "2025-09", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 155, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 54}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (165, '18a2e742-4039-4a92-9838-5c7e6f42858d', '55276b4d-2fe6-48e8-92b8-36936c80b025', 25, '{"month": "2025-09", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 512, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 166}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (166, '7a415fb3-0e75-437c-a4c9-e5f50a423fd8', '55276b4d-2fe6-48e8-92b8-36936c80b025', 26, '{"month": "2025-09", "score": 85, "responses": 29, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (167, 'ff298207-9e41-4728-bb3b-cfd6adfeff25', '55276b4d-2fe6-48e8-92b8-36936c80b025', 27, '{"month": "2025-09", "score": 62, "responses": 57, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (168, '8769b9fa-0f52-4afc-91ba-8690f304d587', '55276b4d-2fe6-48e8-92b8-36936c80b025', 28, '{"month": "2025-10", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 138, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 45}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (169, 'b4f447d6-ad00-4a68-afa2-afaed7f683c4', '55276b4d-2fe6-48e8-92b8-36936c80b025', 29, '{"month": "2025-10", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 389, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 163}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (170, '6c1d18ef-30d9-4ff3-a4f5-1764072fd590', '55276b4d-2fe6-48e8-92b8-36936c80b025', 30, '{"month": "2025-11", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 121, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 38}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (171, '0aa1cf1f-15b0-4a67-b48f-b78c523f2a2a', '55276b4d-2fe6-48e8-92b8-36936c80b025', 31, '{"month": "2025-11", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 307, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 127}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (172, 'c5310cf4-ddfd-4f66-a42c-484ac0e80098', '55276b4d-2fe6-48e8-92b8-36936c80b025', 32, '{"month": "2025-12", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 99, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 30}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (173, 'f28c1ff3-0998-472a-8cc8-0159b5ddb6eb', '55276b4d-2fe6-48e8-92b8-36936c80b025', 33, '{"month": "2025-12", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 348, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 115}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (174, '7c3fff33-4967-4a75-9f2f-cce1db20f156', '55276b4d-2fe6-48e8-92b8-36936c80b025', 34, '{"month": "2025-12", "score": 89, "responses": 24, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (175, 'bbe38b68-ed97-484b-8d74-8dab278362dc', '55276b4d-2fe6-48e8-92b8-36936c80b025', 35, '{"month": "2025-12", "score": 63, "responses": 41, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (176, '7e6af244-9e94-4508-b803-7629f96c223b', '55276b4d-2fe6-48e8-92b8-36936c80b025', 36, '{"month": "2026-01", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 103, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 40}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (177, 'b021984a-0cf3-4806-afb7-e163f1befa95', '55276b4d-2fe6-48e8-92b8-36936c80b025', 37, '{"month": "2026-01", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 335, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 129}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (178, '96b32c2a-e12d-4b8c-816c-4b0f8513607f', '55276b4d-2fe6-48e8-92b8-36936c80b025', 38, '{"month": "2026-02", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 140, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 43}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (179, 'f7efa9d4-f142-4f55-90cc-a665d34df3bc', '55276b4d-2fe6-48e8-92b8-36936c80b025', 39, '{"month": "2026-02", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 391, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 170}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (180, 'c657a315-3936-401e-b216-bf516be5cbe3', '55276b4d-2fe6-48e8-92b8-36936c80b025', 40, '{"month": "2026-03", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 184, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 54}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (181, 'd8d3e8b9-67c9-4147-8ffc-34acd43cfa15', '55276b4d-2fe6-48e8-92b8-36936c80b025', 41, '{"month": "2026-03", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 496, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 195}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (182, '02df594e-2673-49ef-b631-6704c172374e', '55276b4d-2fe6-48e8-92b8-36936c80b025', 42, '{"month": "2026-03", "score": 81, "responses": 25, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (183, '19999fba-4f83-4dbb-9348-7ef8a52cd45b', '55276b4d-2fe6-48e8-92b8-36936c80b025', 43, '{"month": "2026-03", "score": 68, "responses": 46, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (184, 'fe119a7c-3077-4d60-80f1-b4f939dd9588', '55276b4d-2fe6-48e8-92b8-36936c80b025', 44, '{"month": "2026-04", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 203, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 62}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (185, '2a0e6da4-4cb4-43e0-8c12-2beceb13b08f', '55276b4d-2fe6-48e8-92b8-36936c80b025', 45, '{"month": "2026-04", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 570, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 226}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (186, '2a2d8ef7-c0ad-49ed-8eb3-da00937cc0fe', '55276b4d-2fe6-48e8-92b8-36936c80b025', 46, '{"month": "2026-05", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 212, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 67}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (187, '561a6b6b-08f2-4479-a75e-6962c7093e52', '55276b4d-2fe6-48e8-92b8-36936c80b025', 47, '{"month": "2026-05", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 738, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 244}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (188, 'de10eb57-aa55-4f59-8340-f274c7447ed9', '55276b4d-2fe6-48e8-92b8-36936c80b025', 48, '{"month": "2026-06", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 257, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 75}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (189, '3be8af1f-aaca-4b3d-ad7a-b7abddfd2c3f', '55276b4d-2fe6-48e8-92b8-36936c80b025', 49, '{"month": "2026-06", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 757, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 291}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (190, 'd1c0a166-5421-45b8-babd-28265bbd9361', '55276b4d-2fe6-48e8-92b8-36936c80b025', 50, '{"month": "2026-06", "score": 85, "responses": 20, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (191, 'a55a899b-676e-4bf9-b48f-314cc1285dd2', '55276b4d-2fe6-48e8-92b8-36936c80b025', 51, '{"month": "2026-06", "score": 62, "responses": 48, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (192, '8ab436c7-aa73-4878-a0c9-8a897f36e289', '55276b4d-2fe6-48e8-92b8-36936c80b025', 52, '{"month": "2026-07", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 219, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 73}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (193, '4ad4e624-54b1-494d-a822-9e44f5eb4c27', '55276b4d-2fe6-48e8-92b8-36936c80b025', 53, '{"month": "2026-07", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 653, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 288}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (194, 'b661b4c0-2878-4303-9490-f656b0e91498', '55276b4d-2fe6-48e8-92b8-36936c80b025', 54, '{"month": "2026-08", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 192, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 73}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (195, 'a293e33a-6c39-4738-ba22-4501b183382d', '55276b4d-2fe6-48e8-92b8-36936c80b025', 55, '{"month": "2026-08", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 585, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 223}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (196, 'db7d3282-6494-479b-b479-d131c928b89b', '55276b4d-2fe6-48e8-92b8-36936c80b025', 56, '{"month": "2026-09", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 187, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 55}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (197, '08090069-bfe2-44e1-a3e9-b40e996f5445', '55276b4d-2fe6-48e8-92b8-36936c80b025', 57, '{"month": "2026-09", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 542, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 187}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (198, '022aaf66-d0c9-4381-aefb-f7399deeb201', '55276b4d-2fe6-48e8-92b8-36936c80b025', 58, '{"month": "2026-09", "score": 84, "responses": 24, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (199, '87782204-810f-4679-8396-b8b2bfeee52e', '55276b4d-2fe6-48e8-92b8-36936c80b025', 59, '{"month": "2026-09", "score": 64, "responses": 56, "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (200, '8dc429de-9494-4898-bf10-b13902bcd6ff', '55276b4d-2fe6-48e8-92b8-36936c80b025', 60, '{"month": "2026-10", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 163, "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac", "customersReached": 48}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (201, '7aa175b9-d79c-420c-a69f-5a238e9a42ea', '55276b4d-2fe6-48e8-92b8-36936c80b025', 61, '{"month": "2026-10", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "interactions": 412, "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "customersReached": 163}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (202, 'd64407b5-a02b-41c8-b77a-4254f08e8091', '55276b4d-2fe6-48e8-92b8-36936c80b025', 62, '{"reason": "LeaseCo price increase", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "effectiveDate": "2026-03-15", "relationshipId": "332469d5-5919-4475-9000-77b2678630db", "monthlyFixedCost": 2500, "costPerInteraction": 4.60}', NULL, 'cost_revised', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.CostRevised, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (203, 'c316c609-1dce-4a77-8ec3-bee4907e425e', '55276b4d-2fe6-48e8-92b8-36936c80b025', 63, '{"note": "LeaseCo runs first-line support", "block": "KeyPartnerships", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "effectiveDate": "2025-03-01", "relationshipId": "332469d5-5919-4475-9000-77b2678630db"}', NULL, 'integration_linked', '2026-11-27 17:01:18.552606+00', 'default', 'Inventory.Domain.Portfolio.IntegrationLinked, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (204, '31c69151-77eb-4790-afd9-48bc74a2f5b8', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 1, '{"name": "Families", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "motivation": "Acquisition", "description": "Families of Northwind Cycles", "effectiveDate": "2025-01-01"}', NULL, 'segment_defined', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SegmentDefined, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (205, 'dcecf34e-91f7-4656-9855-3345fe5e4ef4', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 2, '{"type": "PersonalAssistance", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "importance": 3, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (206, 'b53ad4ba-7a62-4fc3-821c-0ab8a260ed29', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 3, '{"type": "SelfService", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "importance": 3, "effectiveDate": "2025-01-01"}', NULL, 'expectation_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.ExpectationRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (207, 'c76ae679-0921-4563-af05-8cc8a35fa1d7', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 4, '{"name": "In-store family advice", "type": "PersonalAssistance", "owner": "Customer team", "phases": ["BeforePurchase", "AfterPurchase"], "horizon": "LongTerm", "channels": ["InPerson"], "currency": "EUR", "provider": null, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "motivations": ["Retention"], "effectiveDate": "2025-01-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "monthlyFixedCost": 2600, "costPerInteraction": 3.10}', NULL, 'relationship_established', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.RelationshipEstablished, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (208, '7cb56372-6470-419f-bdf5-d82cb5b36cbf', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 5, '{"month": "2025-01", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 285, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 204}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (209, 'a327284d-3abd-4900-96f3-96f7bf4211b6', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 6, '{"month": "2025-02", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 335, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 241}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (210, '65bb0dd7-99e7-458e-84c8-9485fc25551f', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 7, '{"month": "2025-03", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 408, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 313}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (211, '22b933b1-e198-447f-bc8d-470cf36cb828', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 8, '{"month": "2025-03", "score": 84, "responses": 90, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (212, '44d4988b-3d4f-4aeb-af2a-079e7a872550', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 9, '{"month": "2025-04", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 461, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 339}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (213, 'f2e9781f-f404-4350-8a8c-64393f72353d', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 10, '{"month": "2025-05", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 523, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 389}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (214, '8988db6c-10af-46e8-a54d-996cddf176d0', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 11, '{"month": "2025-06", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 581, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 436}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (215, '92f8eed1-9bd2-4989-91d4-2a228a55f1b1', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 12, '{"month": "2025-06", "score": 84, "responses": 120, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (216, '263aaa6e-87ad-4ee1-81af-4bf0461e59ad', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 13, '{"month": "2025-07", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 567, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 462}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (217, 'd0ec9488-dd10-4f4c-9eb7-7e955833b0a7', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 14, '{"month": "2025-08", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 531, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 390}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (218, '91cf1d7c-25bc-4b6e-95e2-7cc91ed8fd16', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 15, '{"month": "2025-09", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 425, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 345}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (219, '397c242f-6123-4186-a238-8ad230d64880', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 16, '{"month": "2025-09", "score": 79, "responses": 124, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (220, '15c2aeb5-d16d-4a7e-9639-a50f7907a2b2', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 17, '{"month": "2025-10", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 343, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 279}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (221, 'db1feade-242f-4f41-90fd-8b1954f54be3', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 18, '{"month": "2025-11", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 278, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 225}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (222, 'bbfd9700-31a2-4fd7-8c91-0343f311e3ca', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 19, '{"month": "2025-12", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 271, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 245}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (223, 'a5e6213f-79a7-4e3d-9b85-e280ae335273', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 20, '{"month": "2025-12", "score": 78, "responses": 118, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (224, 'b9117f32-e6de-4119-96c3-1fa6ee1c671f', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 21, '{"month": "2026-01", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 311, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 241}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (225, '072f7241-99b7-4d86-a5f6-41bfce81863a', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 22, '{"month": "2026-02", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 392, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 321}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (226, 'f5b32b75-3999-45c3-85aa-60f1798f23dd', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 23, '{"month": "2026-03", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 459, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 383}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (227, '585a82a5-178f-44e5-ae3b-065b742c76b1', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 24, '{"month": "2026-03", "score": 78, "responses": 115, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (228, 'd14ff067-5208-4b0b-b16c-88711d1bae1b', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 25, '{"month": "2026-04", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 492, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 417}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (229, '49ffcaba-dd24-45ac-951e-fa6fb9b91584', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 26, '{"month": "2026-05", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 616, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 456}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (230, 'b6d1e0e1-63fe-4020-8271-d362fb7aace1', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 27, '{"month": "2026-06", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 694, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 529}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (231, '085cb5ba-021e-4701-9d5f-c18100c6470b', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 28, '{"month": "2026-06", "score": 85, "responses": 93, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (232, 'f43bbd96-2188-4054-883a-33d49f8e893b', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 29, '{"month": "2026-07", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 664, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 466}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (233, '21789936-7b77-4a7e-bd80-ac8777aab9f6', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 30, '{"month": "2026-08", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 623, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 452}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (234, 'b3863767-aa80-464d-a9db-7e53a5cb0b7c', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 31, '{"month": "2026-09", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 456, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 363}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (235, '7d2ac315-f172-42f0-a393-c96f51df0972', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 32, '{"month": "2026-09", "score": 77, "responses": 103, "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'satisfaction_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SatisfactionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (236, '33c55814-8106-4fb2-8cc8-8955c155cbe9', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 33, '{"month": "2026-10", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "interactions": 406, "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389", "customersReached": 338}', NULL, 'usage_recorded', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.UsageRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (237, '66381915-2110-44ff-8a33-92bf5beb9863', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 34, '{"reason": "Family segment merged into Commuters", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "effectiveDate": "2026-07-01"}', NULL, 'segment_discontinued', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.SegmentDiscontinued, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (238, 'f7d79992-de9d-4da0-afe1-b7d7774f94ef', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 35, '{"reason": "Segment discontinued: Family segment merged into Commuters", "segmentId": "e1be1fe4-4da5-4f02-846e-880587e322ae", "effectiveDate": "2026-07-01", "relationshipId": "feb55187-7f82-455b-823e-a18f86a7f389"}', NULL, 'relationship_retired', '2026-11-27 17:01:18.552705+00', 'default', 'Inventory.Domain.Portfolio.RelationshipRetired, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (239, 'e95ce6bf-b5a3-475b-ad85-a9909aa683c9', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 1, '{"title": "Year-end strategy review", "period": "2025-Q4", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "periodEnd": "2025-12-31", "periodStart": "2025-10-01"}', NULL, 'review_opened', '2026-11-27 17:01:18.552791+00', 'default', 'Inventory.Domain.Reviews.ReviewOpened, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (240, '433e7580-92cf-4bc2-9676-2d1526b2d475', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 2, '{"factor": "Competitor", "impact": "High", "factorId": "d7f6aad1-2a43-4fdf-b84e-95af595e0c54", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "segmentIds": ["c4e30134-0d0f-4d07-ac98-7e4cddf75347"], "description": "Direct-to-consumer brands undercut on price"}', NULL, 'environment_factor_recorded', '2026-11-27 17:01:18.552791+00', 'default', 'Inventory.Domain.Reviews.EnvironmentFactorRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (241, 'd5c35827-1e27-4899-adfe-61234dce180f', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 3, '{"factor": "FinancialConstraint", "impact": "Medium", "factorId": "bcb054c3-52db-4966-b275-9521094c7ce0", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "segmentIds": [], "description": "Marketing budget cut by 10 %"}', NULL, 'environment_factor_recorded', '2026-11-27 17:01:18.552791+00', 'default', 'Inventory.Domain.Reviews.EnvironmentFactorRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (242, '170eee6e-cdf1-4f63-a094-6cdcbf381b5e', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 4, '{"previous": "Retention", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "confirmed": false, "rationale": "Commuter base is loyal; grow accessories", "segmentId": "c4e30134-0d0f-4d07-ac98-7e4cddf75347", "motivation": "BoostingSales", "effectiveDate": "2026-01-01"}', NULL, 'objective_revisited', '2026-11-27 17:01:18.552791+00', 'default', 'Inventory.Domain.Reviews.ObjectiveRevisited, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (243, '878ad520-e16d-41de-b998-04469a07883a', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 5, '{"type": "DedicatedPersonalAssistance", "decision": "Keep", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4", "rationale": "Fleet accounts pay for their managers", "segmentId": "55276b4d-2fe6-48e8-92b8-36936c80b025", "decisionId": "00e47aeb-b29d-47c6-acc3-7aa11507cca5", "relationshipId": "683b3039-f0e9-45a0-865c-f0bdecee7dac"}', NULL, 'decision_recorded', '2026-11-27 17:01:18.552791+00', 'default', 'Inventory.Domain.Reviews.DecisionRecorded, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (244, 'c214757a-e228-4c1a-92ac-d0453fbb2a57', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 6, '{"summary": "Grow accessories with commuters; keep fleet managers", "closedAt": "2026-11-27T17:01:17.7408921+00:00", "reviewId": "ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4"}', NULL, 'review_closed', '2026-11-27 17:01:18.552791+00', 'default', 'Inventory.Domain.Reviews.ReviewClosed, Inventory.Domain', NULL, NULL, NULL, 'demo-loader', false);
INSERT INTO inventory.mt_events VALUES (245, '132b541a-62bb-4bcc-891c-b9ec0f1e5c00', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 1, '{"dueAt": "2025-05-01T00:00:00+00:00", "period": "2025-Q1", "periodEnd": "2025-03-31", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 17:02:06.468331+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (246, '435105d9-0def-495c-95c1-8827bae0a2b1', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 2, '{"dueAt": "2025-07-31T00:00:00+00:00", "period": "2025-Q2", "periodEnd": "2025-06-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 17:02:06.468331+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (247, '9c049334-d63d-4235-aeca-8c58cce5761e', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 3, '{"dueAt": "2025-10-31T00:00:00+00:00", "period": "2025-Q3", "periodEnd": "2025-09-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 17:02:06.468331+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (248, '0dcc7cca-47d4-40dc-88ea-c1afbc8dfd71', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 4, '{"dueAt": "2026-05-01T00:00:00+00:00", "period": "2026-Q1", "periodEnd": "2026-03-31", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 17:02:06.468331+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (249, 'ab932414-2d9f-401b-a84a-a0b405176ee1', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 5, '{"dueAt": "2026-07-31T00:00:00+00:00", "period": "2026-Q2", "periodEnd": "2026-06-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 17:02:06.468331+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);
INSERT INTO inventory.mt_events VALUES (250, '027d85b9-f537-4992-9f7d-e1ee57a4901c', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 6, '{"dueAt": "2026-10-31T00:00:00+00:00", "period": "2026-Q3", "periodEnd": "2026-09-30", "organizationId": "default"}', NULL, 'review_overdue', '2026-11-27 17:02:06.468331+00', 'default', 'Inventory.Domain.Reviews.ReviewOverdue, Inventory.Domain', NULL, NULL, NULL, NULL, false);


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: inventory; Owner: -
--



--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: inventory; Owner: -
--

INSERT INTO inventory.mt_streams VALUES ('default', 'c4e30134-0d0f-4d07-ac98-7e4cddf75347', 'segment_portfolio', 61, '2026-11-27 17:01:22.251648+00', '2026-11-27 17:01:22.251648+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'cfd29870-c44b-46c9-b761-2ca1696c6017', 'segment_portfolio', 79, '2026-11-27 17:01:22.251648+00', '2026-11-27 17:01:22.251648+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', '55276b4d-2fe6-48e8-92b8-36936c80b025', 'segment_portfolio', 63, '2026-11-27 17:01:22.251648+00', '2026-11-27 17:01:22.251648+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'e1be1fe4-4da5-4f02-846e-880587e322ae', 'segment_portfolio', 35, '2026-11-27 17:01:22.251648+00', '2026-11-27 17:01:22.251648+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'ed7fc1ce-fab6-49f1-8afe-b36cbe5752a4', 'review', 6, '2026-11-27 17:01:22.251648+00', '2026-11-27 17:01:22.251648+00', 0, false);
INSERT INTO inventory.mt_streams VALUES ('default', 'a71b67d0-d508-8b2b-488c-a9ab8f375456', 'review_calendar', 6, '2026-11-27 17:02:06.956881+00', '2026-11-27 17:02:06.956881+00', 0, false);


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: inventory; Owner: -
--

SELECT pg_catalog.setval('inventory.mt_events_sequence', 250, true);


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


