// Code a client must NOT be able to compile: each line marked `// error TSxxxx` reads a member the server sends as null
// without looking first, and tsc --strict must refuse exactly those lines with exactly that error, and nothing else.
// If the OpenAPI document lost a member's nullability, the generated type would let the line through, and the client
// would compile and then crash on the first null; TypeScriptClientTests fails instead.
import type { components, paths } from "../generated/schema.js";

type S = components["schemas"];
type JsonStat = paths["/datasets/{id}/data"]["get"]["responses"][200]["content"]["application/vnd.json-stat+json"];

declare const organisation: S["OrganisationResponse"];
declare const allocation: S["AllocationResponse"];
declare const centre: S["ResourceCentreResponse"];
declare const network: S["NetworkResponse"];
declare const event: S["EventResponse"];
declare const dataset: S["DatasetResponse"];
declare const area: S["AreaResponse"];
declare const areaDetail: S["AreaDetailResponse"];
declare const source: S["SourceResponse"];
declare const observation: S["ObservationResponse"];
declare const organisations: S["OrganisationResponsePage"];
declare const info: S["ApiInfoResponse"];
declare const cube: JsonStat;

// Links to other records that may be absent.
export const parentName = organisation.parent.name; // error TS18047
export const areaCode = organisation.area.code; // error TS18047
export const recipientOrganisation = allocation.recipientOrganisation.id; // error TS18047
export const recipientArea = allocation.recipientArea.name; // error TS18047
export const leadOrganisation = centre.leadOrganisation.name; // error TS18047
export const fundingAgreement = centre.fundingAgreement.title; // error TS18047
export const fundingAmount = centre.fundingAllocation.amount; // error TS18047
export const networkParent = network.parent.id; // error TS18047
export const eventArea = event.area.code; // error TS18047
export const publisher = dataset.publisher.name; // error TS18047
export const spatialCoverage = dataset.spatialCoverage.code; // error TS18047
export const areaParent = area.parent.code; // error TS18047
export const areaDetailParent = areaDetail.parent.name; // error TS18047
export const mentionedIn = source.mentionedIn.title; // error TS18047

// Values that may be null.
export const value: number = observation.value; // error TS2322
export const next: string = organisations.links.next; // error TS2322
export const english: string = info.description.en; // error TS2322
export const shortName = organisation.shortName.toUpperCase(); // error TS18047
export const lastModified = Date.parse(info.dataLastModified); // error TS2345
export const cubePublisher: string = cube.extension.publisher; // error TS2322

// Members that are optional, so may be missing altogether.
export const deleted = organisations.deleted.length; // error TS18049
