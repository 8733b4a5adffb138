using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleSv = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DescriptionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFromYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentCode = table.Column<string>(type: "TEXT", nullable: true),
                    NoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResourceType = table.Column<string>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<string>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deletions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Networks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    ShortName = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: true),
                    ParentId = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingCadenceSv = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingCadenceEn = table.Column<string>(type: "TEXT", nullable: true),
                    StatedMemberCount = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
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
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedFiles", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    Published = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    NoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    MentionedInId = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TextSv = table.Column<string>(type: "TEXT", nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaCode = table.Column<string>(type: "TEXT", nullable: false),
                    HealthcareRegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    Whole = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ShortName = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", nullable: true),
                    OrganisationNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    ParentId = table.Column<string>(type: "TEXT", nullable: true),
                    AreaCode = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NetworkId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    StartDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    EndDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    PlaceSv = table.Column<string>(type: "TEXT", nullable: true),
                    PlaceEn = table.Column<string>(type: "TEXT", nullable: true),
                    AreaCode = table.Column<string>(type: "TEXT", nullable: true),
                    ThemeSv = table.Column<string>(type: "TEXT", nullable: true),
                    ThemeEn = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TextSv = table.Column<string>(type: "TEXT", nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", nullable: true),
                    NetworkId = table.Column<string>(type: "TEXT", nullable: false)
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
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false),
                    ReferenceDocumentsId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Agreement1Id = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    AreaCode = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    NetworkId = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AgreementId = table.Column<string>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    SharePercent = table.Column<double>(type: "REAL", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientOrganisationId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientAreaCode = table.Column<string>(type: "TEXT", nullable: true),
                    PurposeSv = table.Column<string>(type: "TEXT", nullable: false),
                    PurposeEn = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleSv = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: true),
                    PublisherId = table.Column<string>(type: "TEXT", nullable: true),
                    LicenceId = table.Column<string>(type: "TEXT", nullable: true),
                    LicenceUri = table.Column<string>(type: "TEXT", nullable: true),
                    LicenceNoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    LicenceNoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    KeywordsSv = table.Column<string>(type: "TEXT", nullable: false),
                    KeywordsEn = table.Column<string>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", nullable: true),
                    TemporalFrom = table.Column<string>(type: "TEXT", nullable: true),
                    TemporalTo = table.Column<string>(type: "TEXT", nullable: true),
                    SpatialAreaCode = table.Column<string>(type: "TEXT", nullable: true),
                    UpdateFrequency = table.Column<string>(type: "TEXT", nullable: true),
                    Issued = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ObservationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NetworkId = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SinceYear = table.Column<int>(type: "INTEGER", nullable: true),
                    UntilYear = table.Column<int>(type: "INTEGER", nullable: true),
                    NoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameSv = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    ShortName = table.Column<string>(type: "TEXT", nullable: true),
                    UsedFromYear = table.Column<int>(type: "INTEGER", nullable: true),
                    UsedUntilYear = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<string>(type: "TEXT", nullable: false)
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
                    OrganisationId = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    HostsId = table.Column<string>(type: "TEXT", nullable: false),
                    NetworkEventId = table.Column<string>(type: "TEXT", nullable: false)
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
                    NetworkEventId = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    AgreementPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    AllocationId = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: true),
                    HealthcareRegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LeadOrganisationId = table.Column<string>(type: "TEXT", nullable: true),
                    FundingAgreementId = table.Column<string>(type: "TEXT", nullable: true),
                    FundingAllocationId = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", nullable: true)
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
                    DatasetId = table.Column<string>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    UnitSv = table.Column<string>(type: "TEXT", nullable: false),
                    UnitEn = table.Column<string>(type: "TEXT", nullable: true),
                    DefinitionSv = table.Column<string>(type: "TEXT", nullable: true),
                    DefinitionEn = table.Column<string>(type: "TEXT", nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: true)
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
                    DatasetId = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsChanged = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true)
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
                    DatasetId = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    MembershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    ReportsId = table.Column<string>(type: "TEXT", nullable: false),
                    ResourceCentreId = table.Column<string>(type: "TEXT", nullable: false)
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
                    ResourceCentreId = table.Column<string>(type: "TEXT", nullable: false),
                    ServedAreasCode = table.Column<string>(type: "TEXT", nullable: false)
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
                    ResourceCentre1Id = table.Column<string>(type: "TEXT", nullable: false),
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResourceCentreId = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    NoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DatasetId = table.Column<string>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NoteSv = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Observations_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Observations_DatasetIndicators_DatasetId_IndicatorCode",
                        columns: x => new { x.DatasetId, x.IndicatorCode },
                        principalTable: "DatasetIndicators",
                        principalColumns: new[] { "DatasetId", "Code" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Observations_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Observations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCentreStatusPeriodSources",
                columns: table => new
                {
                    SourcesId = table.Column<string>(type: "TEXT", nullable: false),
                    StatusPeriodId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCentreStatusPeriodSources", x => new { x.SourcesId, x.StatusPeriodId });
                    table.ForeignKey(
                        name: "FK_ResourceCentreStatusPeriodSources_ResourceCentreStatusPeriods_StatusPeriodId",
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
