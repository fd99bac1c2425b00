    -- (sql/include/read_report.sql, put here by the Makefile)  The report's
    -- text src is ASCII: every other character is a JSON \uXXXX escape,
    -- which the cast to jsonb converts to the server encoding.  SQL_ASCII
    -- has no conversion: refused.  In another encoding than UTF8, the
    -- typographic characters it cannot hold (quotes, dashes, the ellipsis,
    -- the ligature oe) are written in ASCII first; any other character it
    -- cannot hold is refused (docs/reference.md, Database encodings).
    DECLARE
        enc text := pg_catalog.getdatabaseencoding();
        esc text;
        ascii_form text;
        missing text[] := '{}';
    BEGIN
        IF enc OPERATOR(pg_catalog.=) 'SQL_ASCII' THEN
            RAISE EXCEPTION 'gpumkt cannot be installed in a database whose encoding is SQL_ASCII'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'The shipped report holds French text (accented letters, typographic apostrophes), and SQL_ASCII gives no meaning to characters outside ASCII.',
                      HINT = 'Create the database with ENCODING ''UTF8'', or another encoding that holds French text such as LATIN9 or WIN1252.';
        END IF;
        IF enc OPERATOR(pg_catalog.<>) 'UTF8' THEN
            -- each distinct escape of a character outside ASCII (a pair
            -- beyond the BMP), not counting an escaped backslash and u
            FOR esc IN
                SELECT DISTINCT pg_catalog.lower(m[1])
                FROM pg_catalog.regexp_matches(src,
                    '(?<![\\])(?:\\\\)*(\\u(?:d[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}|[0-9a-f]{4}))', 'gi') m
                WHERE m[1] OPERATOR(pg_catalog.!~*) '^\\u00[0-7]'
                ORDER BY 1
            LOOP
                BEGIN
                    PERFORM pg_catalog.jsonb_typeof(('"' OPERATOR(pg_catalog.||) esc OPERATOR(pg_catalog.||) '"')::pg_catalog.jsonb);
                    CONTINUE;   -- the encoding holds it
                EXCEPTION WHEN untranslatable_character THEN
                    NULL;
                END;
                ascii_form := CASE esc
                    WHEN '\u2018' THEN ''''         -- left single quotation mark
                    WHEN '\u2019' THEN ''''         -- right single quotation mark
                    WHEN '\u201c' THEN '\"'         -- left double quotation mark
                    WHEN '\u201d' THEN '\"'         -- right double quotation mark
                    WHEN '\u2013' THEN '-'          -- en dash
                    WHEN '\u2014' THEN '-'          -- em dash
                    WHEN '\u2026' THEN '...'        -- horizontal ellipsis
                    WHEN '\u0153' THEN 'oe'         -- small ligature oe
                    WHEN '\u0152' THEN 'OE'         -- capital ligature OE
                END;
                IF ascii_form IS NULL THEN
                    missing := missing OPERATOR(pg_catalog.||) ('U+' OPERATOR(pg_catalog.||) pg_catalog.upper(pg_catalog.substr(esc, 3)));
                    CONTINUE;
                END IF;
                -- ascii_form as a replacement string: its backslash doubled
                src := pg_catalog.regexp_replace(src,
                    '(?<![\\])((?:\\\\)*)' OPERATOR(pg_catalog.||) pg_catalog.replace(esc, '\', '\\'),
                    '\1' OPERATOR(pg_catalog.||) pg_catalog.replace(ascii_form, '\', '\\'), 'gi');
            END LOOP;
            IF missing OPERATOR(pg_catalog.<>) '{}' THEN
                RAISE EXCEPTION 'the shipped report holds characters that encoding % cannot hold', enc
                    USING ERRCODE = 'untranslatable_character',
                          DETAIL = pg_catalog.format('The report''s data file holds %s characters without an equivalent in %s (%s), and gpumkt writes in ASCII only typographic quotes, dashes, the ellipsis and the ligature oe.',
                                                     pg_catalog.cardinality(missing), enc,
                                                     pg_catalog.array_to_string(missing[1:5], ', ')
                                                     OPERATOR(pg_catalog.||) CASE WHEN pg_catalog.cardinality(missing) OPERATOR(pg_catalog.>) 5 THEN ', ...' ELSE '' END),
                          HINT = 'Create the database with ENCODING ''UTF8'' (or, for French text, LATIN9 or WIN1252).';
            END IF;
        END IF;
        doc := src::pg_catalog.jsonb;
    END;
