using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace OpenData.Api.Catalog;

/// <summary>An RDF term: an IRI or a literal with an optional language or datatype.</summary>
public abstract record RdfTerm;

public sealed record Iri(string Value) : RdfTerm;

public sealed record Literal(string Value, string? Language = null, string? Datatype = null) : RdfTerm;

public sealed record Triple(string Subject, string Predicate, RdfTerm Object);

/// <summary>
/// Writes a graph as RDF/XML, Turtle or JSON-LD. No RDF library is available from the package registry
/// here, and the catalogue needs only plain triples with IRI subjects (no blank nodes), so this is small.
/// </summary>
public static class Rdf
{
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["rdf"] = RdfNs,
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["xsd"] = Xsd,
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
    };

    public static string Expand(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return Prefixes.TryGetValue(name[..colon], out var ns) ? ns + name[(colon + 1)..] : name;
    }

    public static async Task WriteRdfXmlAsync(Stream output, IReadOnlyList<Triple> graph)
    {
        // Entitized line breaks: an XML parser turns a raw CR or CRLF into LF, so a literal's CR must be written as &#xD;.
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Async = true, Indent = true, Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize,
        });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync("rdf", "RDF", RdfNs);
        foreach (var (prefix, ns) in Prefixes)
        {
            await xml.WriteAttributeStringAsync("xmlns", prefix, null, ns);
        }
        foreach (var subject in graph.GroupBy(t => t.Subject))
        {
            await xml.WriteStartElementAsync("rdf", "Description", RdfNs);
            await xml.WriteAttributeStringAsync("rdf", "about", RdfNs, IriText(subject.Key));
            foreach (var triple in subject)
            {
                var (prefix, local, ns) = Split(triple.Predicate);
                await xml.WriteStartElementAsync(prefix, local, ns);
                switch (triple.Object)
                {
                    case Iri iri:
                        await xml.WriteAttributeStringAsync("rdf", "resource", RdfNs, IriText(iri.Value));
                        break;
                    case Literal literal:
                        if (literal.Language is not null)
                        {
                            await xml.WriteAttributeStringAsync("xml", "lang", null, literal.Language);
                        }
                        if (literal.Datatype is not null)
                        {
                            await xml.WriteAttributeStringAsync("rdf", "datatype", RdfNs, IriText(literal.Datatype));
                        }
                        await xml.WriteStringAsync(XmlSafe(literal.Value));
                        break;
                }
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    public static async Task WriteTurtleAsync(Stream output, IReadOnlyList<Triple> graph)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        foreach (var (prefix, ns) in Prefixes)
        {
            await writer.WriteLineAsync($"@prefix {prefix}: <{ns}> .");
        }
        foreach (var subject in graph.GroupBy(t => t.Subject))
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"<{IriText(subject.Key)}>");
            var triples = subject.ToList();
            for (var i = 0; i < triples.Count; i++)
            {
                var (prefix, local, _) = Split(triples[i].Predicate);
                await writer.WriteLineAsync($"    {prefix}:{local} {TurtleTerm(triples[i].Object)} {(i == triples.Count - 1 ? "." : ";")}");
            }
        }
    }

    public static async Task WriteJsonLdAsync(Stream output, IReadOnlyList<Triple> graph)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
        // Expanded JSON-LD: full IRIs everywhere, so any JSON-LD processor reads it without a context.
        json.WriteStartArray();
        foreach (var subject in graph.GroupBy(t => t.Subject))
        {
            json.WriteStartObject();
            json.WriteString("@id", IriText(subject.Key));
            var types = subject.Where(t => t.Predicate == RdfNs + "type").Select(t => ((Iri)t.Object).Value).ToList();
            if (types.Count > 0)
            {
                json.WriteStartArray("@type");
                types.ForEach(type => json.WriteStringValue(IriText(type)));
                json.WriteEndArray();
            }
            foreach (var predicate in subject.Where(t => t.Predicate != RdfNs + "type").GroupBy(t => t.Predicate))
            {
                json.WriteStartArray(predicate.Key);
                foreach (var triple in predicate)
                {
                    json.WriteStartObject();
                    switch (triple.Object)
                    {
                        case Iri iri:
                            json.WriteString("@id", IriText(iri.Value));
                            break;
                        case Literal literal:
                            json.WriteString("@value", literal.Value);
                            if (literal.Language is not null)
                            {
                                json.WriteString("@language", literal.Language);
                            }
                            if (literal.Datatype is not null)
                            {
                                json.WriteString("@type", IriText(literal.Datatype));
                            }
                            break;
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        await json.FlushAsync();
    }

    private static (string Prefix, string Local, string Namespace) Split(string predicate)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (predicate.StartsWith(ns, StringComparison.Ordinal))
            {
                return (prefix, predicate[ns.Length..], ns);
            }
        }
        throw new ArgumentException($"No prefix for {predicate}.", nameof(predicate));
    }

    private static string TurtleTerm(RdfTerm term) => term switch
    {
        Iri iri => $"<{IriText(iri.Value)}>",
        Literal { Language: { } language } literal => $"{Quote(literal.Value)}@{language}",
        Literal { Datatype: { } datatype } literal => $"{Quote(literal.Value)}^^<{IriText(datatype)}>",
        Literal literal => Quote(literal.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    /// <summary>A Turtle short string: quotes, backslashes and line breaks escaped (ECHAR), other control characters as \\uXXXX (UCHAR).</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(CultureInfo.InvariantCulture),
            });
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// An IRI as all three syntaxes write it. Characters no IRI may hold (controls, space, &lt;&gt;"{}|\^`, non-characters) are
    /// percent-encoded as UTF-8 (RFC 3987), so that a stored licence URI or code with such a character still gives one valid IRI,
    /// the same in every syntax, and cannot end a Turtle IRIREF or an XML attribute early.
    /// </summary>
    private static string IriText(string iri)
    {
        var text = new StringBuilder(iri.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in iri.EnumerateRunes())
        {
            if (AllowedInIri(rune.Value))
            {
                text.Append(rune.ToString());
                continue;
            }
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }

    private static bool AllowedInIri(int c) =>
        c > 0x20 && c is not (0x7F or (>= 0x80 and <= 0x9F) or (>= 0xFDD0 and <= 0xFDEF)) && (c & 0xFFFE) != 0xFFFE && "<>\"{}|\\^`".IndexOf((char)c) < 0;

    /// <summary>
    /// Text as XML 1.0 can carry it. XML has no way at all to write NUL, most C0 controls, U+FFFE, U+FFFF or an unpaired
    /// surrogate, not even as a character reference. Validating writes keeps them out of new text, but data stored before may hold them, and one
    /// publisher's text must not fail the whole catalogue for every harvester: RDF/XML gives U+FFFD (the replacement character)
    /// in their place, always the same, so the answer stays stable. Turtle and JSON-LD can carry them and do.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (Infrastructure.XmlText.Problem(text) is null)
        {
            return text;
        }
        var xml = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // An unpaired surrogate already comes out of the enumeration as U+FFFD.
            xml.Append(rune.IsBmp && !XmlConvert.IsXmlChar((char)rune.Value) ? "\uFFFD" : rune.ToString());
        }
        return xml.ToString();
    }
}
