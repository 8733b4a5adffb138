// A runtime check for every response schema of the generated types, each pinned to its type by the compiler (see
// checks.ts): a member added to, removed from or made nullable in the document makes this file fail to compile.
import type { components, paths } from "../generated/schema.js";
import {
    array, boolean, coordinates, date, dateTime, integer, literal, nullable, number, object, oneOf, optional, record, string,
    type Check,
} from "./checks.js";

type S = components["schemas"];

// Enumerations.
export const organisationKind = oneOf<S["OrganisationKind"]>({
    government: true, "government-agency": true, region: true, municipality: true, "municipal-association": true,
    programme: true, "civil-society": true, "international-organisation": true, "foreign-public-body": true,
});
export const areaKind = oneOf<S["AreaKind"]>({ country: true, "healthcare-region": true, county: true, municipality: true });
export const agreementKind = oneOf<S["AgreementKind"]>({ "state-agreement": true, "action-plan": true });
export const partyRole = oneOf<S["PartyRole"]>({ signatory: true, participant: true, coordinator: true });
export const membershipRole = oneOf<S["MembershipRole"]>({ member: true, lead: true, host: true, coordinator: true, "data-contributor": true });
export const networkKind = oneOf<S["NetworkKind"]>({
    "international-network": true, "working-group": true, "city-collaboration": true, "national-initiative": true, "county-network": true,
});
export const eventKind = oneOf<S["EventKind"]>({ "leadership-exchange": true, meeting: true, webcast: true });
export const resourceCentreStatus = oneOf<S["ResourceCentreStatus"]>({ planned: true, project: true, established: true, discontinued: true });
export const sex = oneOf<S["Sex"]>({ total: true, female: true, male: true });
export const observationStatus = oneOf<S["ObservationStatus"]>({ published: true, derived: true, provisional: true, missing: true, suppressed: true });
export const sourceKind = oneOf<S["SourceKind"]>({
    "web-page": true, document: true, report: true, agreement: true, legislation: true, "data-file": true, api: true,
});

// Links between records.
export const organisationRef = object<S["OrganisationRef"]>("OrganisationRef", { id: string, name: string });
export const areaRef = object<S["AreaRef"]>("AreaRef", { code: string, name: string });
export const networkRef = object<S["NetworkRef"]>("NetworkRef", { id: string, name: string });
export const agreementRef = object<S["AgreementRef"]>("AgreementRef", { id: string, title: string });
export const sourceRef = object<S["SourceRef"]>("SourceRef", { id: string, title: string, url: nullable(string) });

// Lists.
export const pageLinks = object<S["PageLinks"]>("PageLinks", {
    self: string, first: string, prev: nullable(string), next: nullable(string), last: nullable(string),
});
export const deletedRecord = object<S["DeletedRecord"]>("DeletedRecord", { id: string, deletedAt: dateTime });

type Page<T> = { items: T[]; totalCount: number; limit: number; offset: number; links: S["PageLinks"]; deleted?: S["DeletedRecord"][] | null };

/** A page of a list; its type must be exactly the generated `…Page` schema it is used for. */
export function page<T>(name: string, item: Check<T>): Check<Page<T>> {
    return object<Page<T>>(name, {
        items: array(item), totalCount: integer, limit: integer, offset: integer, links: pageLinks,
        deleted: optional(nullable(array(deletedRecord))),
    });
}

// Organisations.
export const formerName = object<S["FormerNameResponse"]>("FormerNameResponse", {
    name: string, shortName: nullable(string), usedFromYear: nullable(integer), usedUntilYear: nullable(integer),
});
export const organisation = object<S["OrganisationResponse"]>("OrganisationResponse", {
    id: string, kind: organisationKind, name: string, shortName: nullable(string), description: nullable(string),
    country: nullable(string), municipalityCode: nullable(string), countyCode: nullable(string),
    organisationNumber: nullable(string), website: nullable(string),
    parent: nullable(organisationRef), area: nullable(areaRef),
    formerNames: array(formerName), sources: array(sourceRef), updatedAt: dateTime,
});
export const organisationPage: Check<S["OrganisationResponsePage"]> = page("OrganisationResponsePage", organisation);
export const organisationNetwork = object<S["OrganisationNetworkResponse"]>("OrganisationNetworkResponse", {
    network: networkRef, role: membershipRole, sinceYear: nullable(integer), untilYear: nullable(integer), note: nullable(string),
    sources: array(sourceRef),
});
export const organisationNetworkPage: Check<S["OrganisationNetworkResponsePage"]> = page("OrganisationNetworkResponsePage", organisationNetwork);
export const organisationAgreement = object<S["OrganisationAgreementResponse"]>("OrganisationAgreementResponse", {
    agreement: agreementRef, role: partyRole, year: nullable(integer), sources: array(sourceRef),
});
export const organisationAgreementPage: Check<S["OrganisationAgreementResponsePage"]> = page("OrganisationAgreementResponsePage", organisationAgreement);

// Agreements.
export const party = object<S["PartyResponse"]>("PartyResponse", { organisation: organisationRef, role: partyRole, sources: array(sourceRef) });
export const allocation = object<S["AllocationResponse"]>("AllocationResponse", {
    id: string, amount: nullable(integer), currency: nullable(string), sharePercent: nullable(number), year: nullable(integer),
    recipientOrganisation: nullable(organisationRef), recipientArea: nullable(areaRef), purpose: string, sources: array(sourceRef),
});
export const agreement = object<S["AgreementResponse"]>("AgreementResponse", {
    id: string, kind: agreementKind, title: string, description: nullable(string), year: nullable(integer),
    validFromYear: nullable(integer), validToYear: nullable(integer), totalAmount: nullable(integer), currency: nullable(string),
    parties: array(party), allocations: array(allocation), commitments: array(string), referenceDocuments: array(sourceRef),
    sources: array(sourceRef), updatedAt: dateTime,
});
export const agreementPage: Check<S["AgreementResponsePage"]> = page("AgreementResponsePage", agreement);

// Resource centres.
export const fundingAllocation = object<S["FundingAllocationResponse"]>("FundingAllocationResponse", {
    id: string, amount: nullable(integer), currency: nullable(string), year: nullable(integer),
});
export const statusPeriod = object<S["StatusPeriodResponse"]>("StatusPeriodResponse", {
    status: resourceCentreStatus, fromYear: nullable(integer), toYear: nullable(integer), note: nullable(string), sources: array(sourceRef),
});
export const resourceCentre = object<S["ResourceCentreResponse"]>("ResourceCentreResponse", {
    id: string, name: string, description: nullable(string), healthcareRegion: areaRef, status: resourceCentreStatus,
    leadOrganisation: nullable(organisationRef), fundingAgreement: nullable(agreementRef), fundingAllocation: nullable(fundingAllocation),
    servedAreas: array(areaRef), statusHistory: array(statusPeriod), reports: array(sourceRef), sources: array(sourceRef), updatedAt: dateTime,
});
export const resourceCentrePage: Check<S["ResourceCentreResponsePage"]> = page("ResourceCentreResponsePage", resourceCentre);

// Networks.
export const network = object<S["NetworkResponse"]>("NetworkResponse", {
    id: string, kind: networkKind, name: string, shortName: nullable(string), description: nullable(string),
    parent: nullable(networkRef), children: array(networkRef), meetingCadence: nullable(string), statedMemberCount: nullable(integer),
    memberCount: integer, eventCount: integer, focusAreas: array(string), sources: array(sourceRef), updatedAt: dateTime,
});
export const networkPage: Check<S["NetworkResponsePage"]> = page("NetworkResponsePage", network);
export const member = object<S["MemberResponse"]>("MemberResponse", {
    organisation: organisationRef, organisationKind, country: nullable(string), role: membershipRole,
    sinceYear: nullable(integer), untilYear: nullable(integer), note: nullable(string), sources: array(sourceRef),
});
export const memberPage: Check<S["MemberResponsePage"]> = page("MemberResponsePage", member);
export const sessionPresenter = object<S["SessionPresenterResponse"]>("SessionPresenterResponse", { organisation: organisationRef, role: nullable(string) });
export const eventSession = object<S["EventSessionResponse"]>("EventSessionResponse", {
    startTime: string, title: string, language: string, presenters: array(sessionPresenter),
});
export const event = object<S["EventResponse"]>("EventResponse", {
    id: string, kind: eventKind, name: string, startDate: nullable(string), endDate: nullable(string), year: nullable(integer),
    place: nullable(string), area: nullable(areaRef), theme: nullable(string), description: nullable(string),
    hosts: array(organisationRef), programme: array(eventSession), sources: array(sourceRef),
});
export const eventPage: Check<S["EventResponsePage"]> = page("EventResponsePage", event);

// Datasets.
export const datasetLicence = object<S["DatasetLicence"]>("DatasetLicence", { id: nullable(string), uri: nullable(string), note: nullable(string) });
export const temporalCoverage = object<S["TemporalCoverage"]>("TemporalCoverage", { from: nullable(string), to: nullable(string) });
export const revision = object<S["RevisionResponse"]>("RevisionResponse", {
    number: integer, createdAt: dateTime, rowsAdded: integer, rowsChanged: integer, rowsRemoved: integer, note: nullable(string),
});
export const indicator = object<S["IndicatorResponse"]>("IndicatorResponse", {
    code: string, name: string, unit: string, definition: nullable(string), higherIsBetter: nullable(boolean),
});
export const indicatorPage: Check<S["IndicatorResponsePage"]> = page("IndicatorResponsePage", indicator);
export const dimensionCode = object<S["DimensionCodeResponse"]>("DimensionCodeResponse", { code: string, label: string });
export const datasetDimension = object<S["DimensionResponse"]>("DimensionResponse", {
    code: string, name: string, role: nullable(string), totalCode: nullable(string), codes: nullable(array(dimensionCode)),
});
export const availability = object<S["AvailabilityResponse"]>("AvailabilityResponse", {
    observationCount: integer,
    dimensions: array(object<S["AvailableDimension"]>("AvailableDimension", { code: string, codes: array(dimensionCode) })),
});
export const dataset = object<S["DatasetResponse"]>("DatasetResponse", {
    id: string, title: string, description: nullable(string), publisher: nullable(organisationRef), licence: datasetLicence,
    keywords: array(string), theme: nullable(string), temporalCoverage, spatialCoverage: nullable(areaRef),
    updateFrequency: nullable(string), issued: nullable(date), modified: dateTime, revision: integer, revisions: array(revision),
    indicators: array(indicator), dimensions: array(datasetDimension), observationCount: integer, sources: array(sourceRef), updatedAt: dateTime,
});
export const datasetPage: Check<S["DatasetResponsePage"]> = page("DatasetResponsePage", dataset);
export const observation = object<S["ObservationResponse"]>("ObservationResponse", {
    id: integer, indicator: string, area: areaRef, period: string, sex, value: nullable(number), status: observationStatus,
    note: nullable(string), source: string, dimensions: record(string),
});
export const observationPage: Check<S["ObservationResponsePage"]> = page("ObservationResponsePage", observation);
export const downloadedObservation = object<S["DownloadedObservation"]>("DownloadedObservation", {
    indicator: string, indicatorName: string, unit: string, areaCode: string, areaName: string, period: string, sex, sexName: string,
    dimensions: record(string), dimensionLabels: record(string),
    value: nullable(number), status: observationStatus, note: nullable(string), noteEn: nullable(string), source: string,
});
export const downloadedObservations = array(downloadedObservation);

type JsonStat = paths["/datasets/{id}/data"]["get"]["responses"][200]["content"]["application/vnd.json-stat+json"];
type Dimension = JsonStat["dimension"]["area"];
const dimension = object<Dimension>("JSON-stat dimension", {
    label: string,
    category: object<Dimension["category"]>("JSON-stat category", { index: record(integer), label: record(string) }),
});
export const jsonStat = object<JsonStat>("JSON-stat dataset", {
    version: literal("2.0"), class: literal("dataset"), label: string, source: string, updated: dateTime,
    id: array(string), size: array(integer),
    role: object<JsonStat["role"]>("JSON-stat role", { time: array(string), geo: array(string), metric: array(string) }),
    dimension: object<JsonStat["dimension"]>("JSON-stat dimensions", {
        indicator: object<JsonStat["dimension"]["indicator"]>("JSON-stat indicator dimension", {
            label: string,
            category: object<JsonStat["dimension"]["indicator"]["category"]>("JSON-stat indicator category", {
                index: record(integer), label: record(string),
                unit: record(object<{ label: string }>("JSON-stat unit", { label: string })),
            }),
        }),
        area: dimension, period: dimension, sex: dimension,
    }),
    value: array(nullable(number)),
    status: record(oneOf<JsonStat["status"][string]>({ derived: true, provisional: true, missing: true, suppressed: true })),
    note: array(string),
    extension: object<JsonStat["extension"]>("JSON-stat extension", {
        datasetId: string, revision: integer, publisher: nullable(string),
        licence: object<JsonStat["extension"]["licence"]>("JSON-stat licence", { id: nullable(string), uri: nullable(string), note: nullable(string) }),
        valueNotes: record(string),
    }),
});

type GeoJson = paths["/datasets/{id}/data"]["get"]["responses"][200]["content"]["application/geo+json"];
type Feature = GeoJson["features"][number];
export const geoJson = object<GeoJson>("GeoJSON FeatureCollection", {
    type: literal("FeatureCollection"), title: string, dataset: string, revision: integer,
    licence: nullable(string), licence_uri: nullable(string), licence_note: nullable(string), attribution: string,
    features: array(object<Feature>("GeoJSON feature", {
        type: literal("Feature"),
        geometry: nullable(object<NonNullable<Feature["geometry"]>>("GeoJSON geometry", { type: oneOf({ Polygon: true, MultiPolygon: true }), coordinates })),
        properties: object<Feature["properties"]>("GeoJSON properties", {
            indicator: string, indicator_name: string, unit: string, area_code: string, area_name: string, period: string, sex: string, sex_name: string,
            value: nullable(number), status: string, note: nullable(string), note_en: nullable(string), source: string,
        }, "allowed"), // a dataset's own dimensions add their code and label columns (age, age_name), as in the CSV
    })),
});

// Areas.
export const healthcareRegion = object<S["HealthcareRegionResponse"]>("HealthcareRegionResponse", { code: string, name: string, whole: boolean });
export const area = object<S["AreaResponse"]>("AreaResponse", {
    code: string, kind: areaKind, name: string, parent: nullable(areaRef), healthcareRegions: array(healthcareRegion),
    note: nullable(string), sources: array(sourceRef), updatedAt: dateTime,
});
export const areaPage: Check<S["AreaResponsePage"]> = page("AreaResponsePage", area);
export const areaDetail = object<S["AreaDetailResponse"]>("AreaDetailResponse", {
    code: string, kind: areaKind, name: string, parent: nullable(areaRef), children: array(areaRef),
    healthcareRegions: array(healthcareRegion), organisations: array(organisationRef), note: nullable(string),
    sources: array(sourceRef), updatedAt: dateTime,
});

// Sources.
export const source = object<S["SourceResponse"]>("SourceResponse", {
    id: string, kind: sourceKind, title: string, language: string, publisher: nullable(string), published: nullable(string),
    url: nullable(string), note: nullable(string), mentionedIn: nullable(sourceRef), updatedAt: dateTime,
});
export const sourcePage: Check<S["SourceResponsePage"]> = page("SourceResponsePage", source);

// The API itself.
export const localizedText = object<S["LocalizedText"]>("LocalizedText", { sv: string, en: nullable(string) });
export const apiInfo = object<S["ApiInfoResponse"]>("ApiInfoResponse", {
    name: string, description: localizedText, version: string, build: string,
    licence: object<S["LicenceResponse"]>("LicenceResponse", { id: string, uri: string }),
    contact: object<S["ContactResponse"]>("ContactResponse", { name: string, url: string }),
    dataLastModified: nullable(dateTime),
    limits: object<S["LimitsResponse"]>("LimitsResponse", {
        defaultPageSize: integer, maxPageSize: integer, maxObservationPageSize: integer,
        graphQL: object<S["GraphQLLimitsResponse"]>("GraphQLLimitsResponse", {
            maxDepth: integer, maxComplexity: integer, maxDocumentLength: integer, maxTokens: integer, maxAliases: integer,
            maxExpandedSelections: integer, maxVariablesLength: integer, maxPageSize: integer, maxObservationPageSize: integer,
        }),
        rateLimits: object<S["RateLimitsResponse"]>("RateLimitsResponse", {
            anonymousRequestsPerWindow: integer, keyRequestsPerWindow: integer, windowSeconds: integer, graphQLComplexityPerRequest: integer,
        }),
    }),
    documentation: object<S["DocumentationResponse"]>("DocumentationResponse", {
        openApi: string, swaggerUi: string, health: string, graphQL: string, graphQLSchema: string,
    }),
});

// Errors (RFC 9457): the document allows further members, so the generated types have an index signature.
export const problemDetails = object<S["ProblemDetails"]>("ProblemDetails", {
    type: string, title: string, status: integer, detail: string, instance: string, traceId: string,
}, "allowed");
export const validationProblemDetails = object<S["HttpValidationProblemDetails"]>("HttpValidationProblemDetails", {
    type: string, title: string, status: integer, detail: string, instance: string, errors: record(array(string)), traceId: string,
}, "allowed");

