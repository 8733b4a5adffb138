using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenData.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    TitleSv = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    TitleEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    DescriptionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    ValidFromYear = table.Column<int>(type: "integer", nullable: true),
                    ValidToYear = table.Column<int>(type: "integer", nullable: true),
                    TotalAmount = table.Column<long>(type: "bigint", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    NameSv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ParentCode = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    NoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Areas_Areas_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Deletions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceType = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ResourceId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deletions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Networks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    NameSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ShortName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ParentId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    MeetingCadenceSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    MeetingCadenceEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    StatedMemberCount = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Networks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Networks_Networks_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SeedFiles",
                columns: table => new
                {
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Hash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedFiles", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    Language = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Publisher = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Published = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Url = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    MentionedInId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Sources_MentionedInId",
                        column: x => x.MentionedInId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TextSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TextEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AgreementId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementCommitments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AreaHealthcareRegions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaCode = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    HealthcareRegionCode = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    Whole = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaHealthcareRegions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaHealthcareRegions_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AreaHealthcareRegions_Areas_HealthcareRegionCode",
                        column: x => x.HealthcareRegionCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    NameSv = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    ShortName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    MunicipalityCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CountyCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OrganisationNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Website = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ParentId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    AreaCode = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisations_Organisations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NetworkId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    NameSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    StartDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    EndDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    PlaceSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PlaceEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AreaCode = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    ThemeSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ThemeEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionEn = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkEvents_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NetworkEvents_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkFocusAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TextSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TextEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NetworkId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkFocusAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkFocusAreas_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementReferenceDocuments",
                columns: table => new
                {
                    AgreementId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    ReferenceDocumentsId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementReferenceDocuments", x => new { x.AgreementId, x.ReferenceDocumentsId });
                    table.ForeignKey(
                        name: "FK_AgreementReferenceDocuments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementReferenceDocuments_Sources_ReferenceDocumentsId",
                        column: x => x.ReferenceDocumentsId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSources",
                columns: table => new
                {
                    Agreement1Id = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSources", x => new { x.Agreement1Id, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_AgreementSources_Agreements_Agreement1Id",
                        column: x => x.Agreement1Id,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AreaSources",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaSources", x => new { x.AreaCode, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_AreaSources_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AreaSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkSources",
                columns: table => new
                {
                    NetworkId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkSources", x => new { x.NetworkId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_NetworkSources_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementParty",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgreementId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementParty_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementParty_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Allocations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    AgreementId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true, collation: "C"),
                    SharePercent = table.Column<double>(type: "double precision", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    RecipientOrganisationId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    RecipientAreaCode = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    PurposeSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PurposeEn = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations", x => x.Id);
                    table.CheckConstraint("CK_Allocations_Recipient", "\"RecipientOrganisationId\" IS NOT NULL OR \"RecipientAreaCode\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_Allocations_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Allocations_Areas_RecipientAreaCode",
                        column: x => x.RecipientAreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Allocations_Organisations_RecipientOrganisationId",
                        column: x => x.RecipientOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    TitleSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TitleEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PublisherId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    LicenceId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LicenceUri = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LicenceNoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LicenceNoteEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    KeywordsSv = table.Column<List<string>>(type: "text[]", nullable: false),
                    KeywordsEn = table.Column<List<string>>(type: "text[]", nullable: false),
                    Theme = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TemporalFrom = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TemporalTo = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SpatialAreaCode = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    UpdateFrequency = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Issued = table.Column<DateOnly>(type: "date", nullable: true),
                    Modified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ObservationCount = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Datasets_Areas_SpatialAreaCode",
                        column: x => x.SpatialAreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Datasets_Organisations_PublisherId",
                        column: x => x.PublisherId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NetworkId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    SinceYear = table.Column<int>(type: "integer", nullable: true),
                    UntilYear = table.Column<int>(type: "integer", nullable: true),
                    NoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteEn = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMemberships_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkMemberships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationFormerNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ShortName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UsedFromYear = table.Column<int>(type: "integer", nullable: true),
                    UsedUntilYear = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationFormerNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationFormerNames_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationSources",
                columns: table => new
                {
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSources", x => new { x.OrganisationId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_OrganisationSources_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEventHosts",
                columns: table => new
                {
                    HostsId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    NetworkEventId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEventHosts", x => new { x.HostsId, x.NetworkEventId });
                    table.ForeignKey(
                        name: "FK_NetworkEventHosts_NetworkEvents_NetworkEventId",
                        column: x => x.NetworkEventId,
                        principalTable: "NetworkEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkEventHosts_Organisations_HostsId",
                        column: x => x.HostsId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkEventSources",
                columns: table => new
                {
                    NetworkEventId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkEventSources", x => new { x.NetworkEventId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_NetworkEventSources_NetworkEvents_NetworkEventId",
                        column: x => x.NetworkEventId,
                        principalTable: "NetworkEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkEventSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementPartySources",
                columns: table => new
                {
                    AgreementPartyId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementPartySources", x => new { x.AgreementPartyId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_AgreementPartySources_AgreementParty_AgreementPartyId",
                        column: x => x.AgreementPartyId,
                        principalTable: "AgreementParty",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementPartySources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AllocationSources",
                columns: table => new
                {
                    AllocationId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationSources", x => new { x.AllocationId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_AllocationSources_Allocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "Allocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllocationSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentres",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    HealthcareRegionCode = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    LeadOrganisationId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    FundingAgreementId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    FundingAllocationId = table.Column<string>(type: "character varying(100)", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SeedHash = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResourceCentres_Agreements_FundingAgreementId",
                        column: x => x.FundingAgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResourceCentres_Allocations_FundingAllocationId",
                        column: x => x.FundingAllocationId,
                        principalTable: "Allocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResourceCentres_Areas_HealthcareRegionCode",
                        column: x => x.HealthcareRegionCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResourceCentres_Organisations_LeadOrganisationId",
                        column: x => x.LeadOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DatasetIndicators",
                columns: table => new
                {
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UnitSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UnitEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DefinitionSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DefinitionEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetIndicators", x => new { x.DatasetId, x.Code });
                    table.ForeignKey(
                        name: "FK_DatasetIndicators_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DatasetRevisions",
                columns: table => new
                {
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowsAdded = table.Column<int>(type: "integer", nullable: false),
                    RowsChanged = table.Column<int>(type: "integer", nullable: false),
                    RowsRemoved = table.Column<int>(type: "integer", nullable: false),
                    NoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteEn = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetRevisions", x => new { x.DatasetId, x.Number });
                    table.ForeignKey(
                        name: "FK_DatasetRevisions_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DatasetSources",
                columns: table => new
                {
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetSources", x => new { x.DatasetId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_DatasetSources_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DatasetSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMembershipSources",
                columns: table => new
                {
                    MembershipId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMembershipSources", x => new { x.MembershipId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_NetworkMembershipSources_NetworkMemberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "NetworkMemberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkMembershipSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentreReports",
                columns: table => new
                {
                    ReportsId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    ResourceCentreId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentreReports", x => new { x.ReportsId, x.ResourceCentreId });
                    table.ForeignKey(
                        name: "FK_ResourceCentreReports_ResourceCentres_ResourceCentreId",
                        column: x => x.ResourceCentreId,
                        principalTable: "ResourceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResourceCentreReports_Sources_ReportsId",
                        column: x => x.ReportsId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentreServedAreas",
                columns: table => new
                {
                    ResourceCentreId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    ServedAreasCode = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentreServedAreas", x => new { x.ResourceCentreId, x.ServedAreasCode });
                    table.ForeignKey(
                        name: "FK_ResourceCentreServedAreas_Areas_ServedAreasCode",
                        column: x => x.ServedAreasCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResourceCentreServedAreas_ResourceCentres_ResourceCentreId",
                        column: x => x.ResourceCentreId,
                        principalTable: "ResourceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentreSources",
                columns: table => new
                {
                    ResourceCentre1Id = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentreSources", x => new { x.ResourceCentre1Id, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_ResourceCentreSources_ResourceCentres_ResourceCentre1Id",
                        column: x => x.ResourceCentre1Id,
                        principalTable: "ResourceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResourceCentreSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentreStatusPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceCentreId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    FromYear = table.Column<int>(type: "integer", nullable: true),
                    ToYear = table.Column<int>(type: "integer", nullable: true),
                    NoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteEn = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentreStatusPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResourceCentreStatusPeriods_ResourceCentres_ResourceCentreId",
                        column: x => x.ResourceCentreId,
                        principalTable: "ResourceCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    IndicatorCode = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    AreaCode = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    NoteSv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoteEn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SourceId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                    // No foreign keys: ObservationReferenceTriggers checks the same references once per statement.
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentreStatusPeriodSources",
                columns: table => new
                {
                    SourcesId = table.Column<string>(type: "character varying(100)", nullable: false, collation: "C"),
                    StatusPeriodId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentreStatusPeriodSources", x => new { x.SourcesId, x.StatusPeriodId });
                    table.ForeignKey(
                        name: "FK_ResourceCentreStatusPeriodSources_ResourceCentreStatusPerio~",
                        column: x => x.StatusPeriodId,
                        principalTable: "ResourceCentreStatusPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResourceCentreStatusPeriodSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementCommitments_AgreementId",
                table: "AgreementCommitments",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParty_AgreementId_OrganisationId_Role",
                table: "AgreementParty",
                columns: new[] { "AgreementId", "OrganisationId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParty_OrganisationId",
                table: "AgreementParty",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementPartySources_SourcesId",
                table: "AgreementPartySources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementReferenceDocuments_ReferenceDocumentsId",
                table: "AgreementReferenceDocuments",
                column: "ReferenceDocumentsId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Kind",
                table: "Agreements",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_UpdatedAt",
                table: "Agreements",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Year",
                table: "Agreements",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSources_SourcesId",
                table: "AgreementSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_AgreementId",
                table: "Allocations",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_RecipientAreaCode",
                table: "Allocations",
                column: "RecipientAreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_RecipientOrganisationId",
                table: "Allocations",
                column: "RecipientOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationSources_SourcesId",
                table: "AllocationSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaHealthcareRegions_AreaCode_HealthcareRegionCode",
                table: "AreaHealthcareRegions",
                columns: new[] { "AreaCode", "HealthcareRegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AreaHealthcareRegions_HealthcareRegionCode",
                table: "AreaHealthcareRegions",
                column: "HealthcareRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Areas_Kind",
                table: "Areas",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Areas_ParentCode",
                table: "Areas",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Areas_UpdatedAt",
                table: "Areas",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AreaSources_SourcesId",
                table: "AreaSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_LicenceId",
                table: "Datasets",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_PublisherId",
                table: "Datasets",
                column: "PublisherId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_SpatialAreaCode",
                table: "Datasets",
                column: "SpatialAreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_UpdatedAt",
                table: "Datasets",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DatasetSources_SourcesId",
                table: "DatasetSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Deletions_ResourceType_DeletedAt",
                table: "Deletions",
                columns: new[] { "ResourceType", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEventHosts_NetworkEventId",
                table: "NetworkEventHosts",
                column: "NetworkEventId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEvents_AreaCode",
                table: "NetworkEvents",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEvents_NetworkId",
                table: "NetworkEvents",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEvents_Year",
                table: "NetworkEvents",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkEventSources_SourcesId",
                table: "NetworkEventSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkFocusAreas_NetworkId",
                table: "NetworkFocusAreas",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMemberships_NetworkId_OrganisationId_Role",
                table: "NetworkMemberships",
                columns: new[] { "NetworkId", "OrganisationId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMemberships_OrganisationId",
                table: "NetworkMemberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMemberships_Role",
                table: "NetworkMemberships",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMembershipSources_SourcesId",
                table: "NetworkMembershipSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Networks_Kind",
                table: "Networks",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Networks_ParentId",
                table: "Networks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Networks_UpdatedAt",
                table: "Networks",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkSources_SourcesId",
                table: "NetworkSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_DatasetId_AreaCode_IndicatorCode_Period_Sex",
                table: "Observations",
                columns: new[] { "DatasetId", "AreaCode", "IndicatorCode", "Period", "Sex" },
                unique: true);

            migrationBuilder.Sql(ObservationReferenceTriggers.Create);

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationFormerNames_OrganisationId",
                table: "OrganisationFormerNames",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_AreaCode",
                table: "Organisations",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_CountryCode",
                table: "Organisations",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_CountyCode",
                table: "Organisations",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Kind",
                table: "Organisations",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_MunicipalityCode",
                table: "Organisations",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ParentId",
                table: "Organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_UpdatedAt",
                table: "Organisations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSources_SourcesId",
                table: "OrganisationSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentreReports_ResourceCentreId",
                table: "ResourceCentreReports",
                column: "ResourceCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentres_FundingAgreementId",
                table: "ResourceCentres",
                column: "FundingAgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentres_FundingAllocationId",
                table: "ResourceCentres",
                column: "FundingAllocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentres_HealthcareRegionCode",
                table: "ResourceCentres",
                column: "HealthcareRegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentres_LeadOrganisationId",
                table: "ResourceCentres",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentres_Status",
                table: "ResourceCentres",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentres_UpdatedAt",
                table: "ResourceCentres",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentreServedAreas_ServedAreasCode",
                table: "ResourceCentreServedAreas",
                column: "ServedAreasCode");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentreSources_SourcesId",
                table: "ResourceCentreSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentreStatusPeriods_ResourceCentreId",
                table: "ResourceCentreStatusPeriods",
                column: "ResourceCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCentreStatusPeriodSources_StatusPeriodId",
                table: "ResourceCentreStatusPeriodSources",
                column: "StatusPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_MentionedInId",
                table: "Sources",
                column: "MentionedInId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Publisher",
                table: "Sources",
                column: "Publisher");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_UpdatedAt",
                table: "Sources",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementCommitments");

            migrationBuilder.DropTable(
                name: "AgreementPartySources");

            migrationBuilder.DropTable(
                name: "AgreementReferenceDocuments");

            migrationBuilder.DropTable(
                name: "AgreementSources");

            migrationBuilder.DropTable(
                name: "AllocationSources");

            migrationBuilder.DropTable(
                name: "AreaHealthcareRegions");

            migrationBuilder.DropTable(
                name: "AreaSources");

            migrationBuilder.DropTable(
                name: "DatasetRevisions");

            migrationBuilder.Sql(ObservationReferenceTriggers.Drop);

            migrationBuilder.DropTable(
                name: "DatasetSources");

            migrationBuilder.DropTable(
                name: "Deletions");

            migrationBuilder.DropTable(
                name: "NetworkEventHosts");

            migrationBuilder.DropTable(
                name: "NetworkEventSources");

            migrationBuilder.DropTable(
                name: "NetworkFocusAreas");

            migrationBuilder.DropTable(
                name: "NetworkMembershipSources");

            migrationBuilder.DropTable(
                name: "NetworkSources");

            migrationBuilder.DropTable(
                name: "Observations");

            migrationBuilder.DropTable(
                name: "OrganisationFormerNames");

            migrationBuilder.DropTable(
                name: "OrganisationSources");

            migrationBuilder.DropTable(
                name: "ResourceCentreReports");

            migrationBuilder.DropTable(
                name: "ResourceCentreServedAreas");

            migrationBuilder.DropTable(
                name: "ResourceCentreSources");

            migrationBuilder.DropTable(
                name: "ResourceCentreStatusPeriodSources");

            migrationBuilder.DropTable(
                name: "SeedFiles");

            migrationBuilder.DropTable(
                name: "AgreementParty");

            migrationBuilder.DropTable(
                name: "NetworkEvents");

            migrationBuilder.DropTable(
                name: "NetworkMemberships");

            migrationBuilder.DropTable(
                name: "DatasetIndicators");

            migrationBuilder.DropTable(
                name: "ResourceCentreStatusPeriods");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Networks");

            migrationBuilder.DropTable(
                name: "Datasets");

            migrationBuilder.DropTable(
                name: "ResourceCentres");

            migrationBuilder.DropTable(
                name: "Allocations");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Areas");
        }
    }
}
