namespace OpenData.Api.Data.Migrations.Postgres;

/// <summary>
/// The observations' references on PostgreSQL, checked once per statement instead of once per row. A foreign key checks each
/// inserted row with a query of its own: with the four the model declares (dataset, indicator, area, source) that was about
/// 3 s per million rows each, most of an import's time. These triggers keep what those keys did, for every writer:
/// <list type="bullet">
/// <item>written observations must refer to an indicator of their dataset, an area and a source; the rows they refer to are
/// locked <c>FOR KEY SHARE</c> as a foreign key locks them, so no one deletes them before the writer commits;</item>
/// <item>deleting an indicator deletes its observations (and so does deleting a dataset, whose indicators go with it);</item>
/// <item>an area or a source that observations refer to cannot be deleted.</item>
/// </list>
/// Violations are raised as foreign-key violations (23503) naming the constraint the model declares. Part of the initial
/// migration: a change is a new migration, never an edit here.
/// </summary>
internal static class ObservationReferenceTriggers
{
    public const string Create = """
        CREATE FUNCTION observations_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            missing record;
        BEGIN
            -- Locked as a foreign key locks them: nothing can delete them before this transaction ends.
            PERFORM 1
            FROM (SELECT DISTINCT "DatasetId", "IndicatorCode", "AreaCode", "SourceId" FROM written) r
            JOIN "DatasetIndicators" i ON i."DatasetId" = r."DatasetId" AND i."Code" = r."IndicatorCode"
            JOIN "Areas" a ON a."Code" = r."AreaCode"
            JOIN "Sources" s ON s."Id" = r."SourceId"
            FOR KEY SHARE OF i, a, s;
            SELECT r.*, i."Code" IS NULL AS no_indicator, a."Code" IS NULL AS no_area
            INTO missing
            FROM (SELECT DISTINCT "DatasetId", "IndicatorCode", "AreaCode", "SourceId" FROM written) r
            LEFT JOIN "DatasetIndicators" i ON i."DatasetId" = r."DatasetId" AND i."Code" = r."IndicatorCode"
            LEFT JOIN "Areas" a ON a."Code" = r."AreaCode"
            LEFT JOIN "Sources" s ON s."Id" = r."SourceId"
            WHERE i."Code" IS NULL OR a."Code" IS NULL OR s."Id" IS NULL
            LIMIT 1;
            IF FOUND THEN
                RAISE foreign_key_violation USING
                    TABLE = 'Observations',
                    CONSTRAINT = CASE WHEN missing.no_indicator THEN 'FK_Observations_DatasetIndicators_DatasetId_IndicatorCode'
                                      WHEN missing.no_area THEN 'FK_Observations_Areas_AreaCode' ELSE 'FK_Observations_Sources_SourceId' END,
                    MESSAGE = format('insert or update on table "Observations" violates foreign key constraint: %s',
                        CASE WHEN missing.no_indicator THEN format('dataset %L has no indicator %L', missing."DatasetId", missing."IndicatorCode")
                             WHEN missing.no_area THEN format('no area %L', missing."AreaCode") ELSE format('no source %L', missing."SourceId") END);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER observations_inserted_check_references AFTER INSERT ON "Observations"
            REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION observations_check_references();
        CREATE TRIGGER observations_updated_check_references AFTER UPDATE ON "Observations"
            REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION observations_check_references();
        CREATE FUNCTION observations_delete_with_indicators() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM "Observations" o USING removed r WHERE o."DatasetId" = r."DatasetId" AND o."IndicatorCode" = r."Code";
            RETURN NULL;
        END $$;
        CREATE TRIGGER indicators_deleted_delete_observations AFTER DELETE ON "DatasetIndicators"
            REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION observations_delete_with_indicators();
        CREATE FUNCTION observations_restrict_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            used text;
        BEGIN
            EXECUTE format('SELECT r.%1$I FROM removed r WHERE EXISTS (SELECT 1 FROM "Observations" o WHERE o.%2$I = r.%1$I) LIMIT 1', TG_ARGV[1], TG_ARGV[2]) INTO used;
            IF used IS NOT NULL THEN
                RAISE foreign_key_violation USING
                    TABLE = TG_TABLE_NAME, CONSTRAINT = TG_ARGV[0],
                    MESSAGE = format('update or delete on table %I violates foreign key constraint %I on table "Observations": %L is still referenced', TG_TABLE_NAME, TG_ARGV[0], used);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER areas_deleted_restrict AFTER DELETE ON "Areas"
            REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION observations_restrict_delete('FK_Observations_Areas_AreaCode', 'Code', 'AreaCode');
        CREATE TRIGGER sources_deleted_restrict AFTER DELETE ON "Sources"
            REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION observations_restrict_delete('FK_Observations_Sources_SourceId', 'Id', 'SourceId');
        """;

    public const string Drop = """
        DROP FUNCTION IF EXISTS observations_check_references() CASCADE;
        DROP FUNCTION IF EXISTS observations_delete_with_indicators() CASCADE;
        DROP FUNCTION IF EXISTS observations_restrict_delete() CASCADE;
        """;
}
