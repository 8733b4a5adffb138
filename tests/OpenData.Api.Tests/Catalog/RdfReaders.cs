using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenData.Api.Tests.Catalog;

/// <summary>A triple as a test compares it: subject, predicate and object as N-Triples-style text.</summary>
public sealed record TestTriple(string Subject, string Predicate, string Object);

/// <summary>
/// Readers for the three RDF syntaxes the catalogue is served in. No RDF library is available here; these
/// read the RDF constructs the syntaxes define for node descriptions, typed literals and language tags.
/// </summary>
public static partial class RdfReaders
{
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static HashSet<TestTriple> ReadRdfXml(string text)
    {
        var triples = new HashSet<TestTriple>();
        var root = XDocument.Parse(text).Root!;
        Assert.Equal(XName.Get("RDF", RdfNs), root.Name);
        foreach (var node in root.Elements())
        {
            var subject = (string?)node.Attribute(XName.Get("about", RdfNs)) ?? throw new InvalidDataException("A node without rdf:about is a blank node.");
            if (node.Name != XName.Get("Description", RdfNs))
            {
                triples.Add(new TestTriple(subject, RdfNs + "type", $"<{node.Name.NamespaceName}{node.Name.LocalName}>"));
            }
            foreach (var property in node.Elements())
            {
                var predicate = property.Name.NamespaceName + property.Name.LocalName;
                var resource = (string?)property.Attribute(XName.Get("resource", RdfNs));
                var language = (string?)property.Attribute(XNamespace.Xml + "lang");
                var datatype = (string?)property.Attribute(XName.Get("datatype", RdfNs));
                triples.Add(new TestTriple(subject, predicate, resource is not null ? $"<{resource}>" : Literal(property.Value, language, datatype)));
            }
        }
        return triples;
    }

    public static HashSet<TestTriple> ReadJsonLd(string text)
    {
        var triples = new HashSet<TestTriple>();
        foreach (var node in JsonDocument.Parse(text).RootElement.EnumerateArray())
        {
            var subject = node.GetProperty("@id").GetString()!;
            foreach (var property in node.EnumerateObject())
            {
                if (property.Name == "@type")
                {
                    foreach (var type in property.Value.EnumerateArray())
                    {
                        triples.Add(new TestTriple(subject, RdfNs + "type", $"<{type.GetString()}>"));
                    }
                }
                else if (property.Name != "@id")
                {
                    foreach (var value in property.Value.EnumerateArray())
                    {
                        triples.Add(new TestTriple(subject, property.Name, value.TryGetProperty("@id", out var id)
                            ? $"<{id.GetString()}>"
                            : Literal(value.GetProperty("@value").GetString()!, value.TryGetProperty("@language", out var l) ? l.GetString() : null,
                                value.TryGetProperty("@type", out var t) ? t.GetString() : null)));
                    }
                }
            }
        }
        return triples;
    }

    /// <summary>Turtle with @prefix declarations and subject blocks of "predicate object ;" lines.</summary>
    public static HashSet<TestTriple> ReadTurtle(string text)
    {
        var prefixes = new Dictionary<string, string>();
        var triples = new HashSet<TestTriple>();
        string? subject = null;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (Prefix().Match(line) is { Success: true } prefix)
            {
                prefixes[prefix.Groups[1].Value] = prefix.Groups[2].Value;
            }
            else if (line.StartsWith('<') && line.EndsWith('>'))
            {
                subject = line[1..^1];
            }
            else
            {
                var statement = Statement().Match(line);
                Assert.True(statement.Success, $"Not a Turtle statement: {line}");
                var predicate = prefixes[statement.Groups["prefix"].Value] + statement.Groups["local"].Value;
                var value = statement.Groups["object"].Value;
                triples.Add(new TestTriple(subject!, predicate, value.StartsWith('<') ? value : TurtleLiteral(value)));
            }
        }
        return triples;
    }

    private static string TurtleLiteral(string token)
    {
        var match = QuotedLiteral().Match(token);
        Assert.True(match.Success, $"Not a literal: {token}");
        var value = Regex.Unescape(match.Groups["value"].Value);
        return Literal(value, match.Groups["lang"].Success ? match.Groups["lang"].Value : null,
            match.Groups["type"].Success ? match.Groups["type"].Value : null);
    }

    private static string Literal(string value, string? language, string? datatype) =>
        $"\"{value}\"" + (language is not null ? $"@{language}" : datatype is not null ? $"^^<{datatype}>" : "");

    [GeneratedRegex(@"^@prefix (\w+): <([^>]+)> \.$")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?<prefix>\w+):(?<local>\w+) (?<object>.+) [;.]$")]
    private static partial Regex Statement();

    [GeneratedRegex(@"^""(?<value>(?:[^""\\]|\\.)*)""(?:@(?<lang>[a-zA-Z-]+)|\^\^<(?<type>[^>]+)>)?$")]
    private static partial Regex QuotedLiteral();
}
