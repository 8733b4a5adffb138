using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace OpenData.Api.Tests.Catalog;

/// <summary>A triple as a test compares it: subject, predicate and object as N-Triples-style text.</summary>
public sealed record TestTriple(string Subject, string Predicate, string Object);

/// <summary>
/// Readers for the three RDF syntaxes the catalogue is served in. No RDF library is available here; these
/// read the RDF constructs the syntaxes define for node descriptions, typed literals and language tags, with
/// a real parser of each syntax underneath (System.Xml, System.Text.Json, and a Turtle tokenizer below), so
/// that escaping mistakes fail here as they would in a harvester.
/// </summary>
public static class RdfReaders
{
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static HashSet<TestTriple> ReadRdfXml(string text)
    {
        var triples = new HashSet<TestTriple>();
        // Whitespace in a literal is data: a title of spaces must come back as spaces.
        var root = XDocument.Parse(text, LoadOptions.PreserveWhitespace).Root!;
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

    /// <summary>
    /// Turtle: @prefix/PREFIX directives and triples with IRI or prefixed-name subjects, predicate lists (;), object lists (,)
    /// and literals in any of the four string forms with escapes, language tags and datatypes. Anything else (blank nodes,
    /// collections, bare numbers and booleans) is refused, so a keyword written where a string belongs fails the test.
    /// </summary>
    public static HashSet<TestTriple> ReadTurtle(string text) => new TurtleParser(text).Parse();

    /// <summary>A literal as the readers give it: its lexical form in quotes, then @language or ^^&lt;datatype&gt;.</summary>
    public static string Literal(string value, string? language = null, string? datatype = null) =>
        $"\"{value}\"" + (language is not null ? $"@{language}" : datatype is not null ? $"^^<{datatype}>" : "");

    private sealed class TurtleParser(string text)
    {
        private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
        private readonly HashSet<TestTriple> _triples = [];
        private int _position;

        public HashSet<TestTriple> Parse()
        {
            for (SkipSpace(); _position < text.Length; SkipSpace())
            {
                if (TryTake("@prefix"))
                {
                    Prefix();
                    Take(".");
                }
                else if (TryTakeKeyword("PREFIX"))
                {
                    Prefix();
                }
                else
                {
                    Statement();
                }
            }
            return _triples;
        }

        private void Prefix()
        {
            SkipSpace();
            var colon = text.IndexOf(':', _position);
            Fail(colon < 0, "a prefix name");
            var name = text[_position..colon];
            Fail(!name.All(IsNameChar), "a prefix name");
            _position = colon + 1;
            SkipSpace();
            _prefixes[name] = IriRef();
        }

        private void Statement()
        {
            var subject = Iri();
            do
            {
                SkipSpace();
                if (Peek() is '.' or ';')
                {
                    continue;
                }
                var predicate = TryTakeKeyword("a") ? RdfNs + "type" : Iri();
                do
                {
                    _triples.Add(new TestTriple(subject, predicate, Object()));
                    SkipSpace();
                }
                while (TryTake(","));
            }
            while (TryTake(";"));
            Take(".");
        }

        private string Object()
        {
            SkipSpace();
            if (Peek() is not ('"' or '\''))
            {
                return $"<{Iri()}>";
            }
            var value = QuotedString();
            if (TryTake("@"))
            {
                var start = _position;
                while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '-'))
                {
                    _position++;
                }
                Fail(_position == start, "a language tag");
                return Literal(value, text[start.._position]);
            }
            return TryTake("^^") ? Literal(value, datatype: Iri()) : Literal(value);
        }

        private string Iri()
        {
            SkipSpace();
            if (Peek() == '<')
            {
                return IriRef();
            }
            var start = _position;
            while (_position < text.Length && IsNameChar(text[_position]))
            {
                _position++;
            }
            Fail(!TryTake(":"), "an IRI or a prefixed name");
            var prefix = text[start..(_position - 1)];
            Fail(!_prefixes.ContainsKey(prefix), $"a declared prefix, not '{prefix}'");
            var local = _position;
            while (_position < text.Length && (IsNameChar(text[_position]) || (text[_position] == '.' && _position + 1 < text.Length && IsNameChar(text[_position + 1]))))
            {
                _position++;
            }
            return _prefixes[prefix] + text[local.._position];
        }

        /// <summary>IRIREF: no spaces, controls or &lt;&gt;"{}|^`\ except through \u and \U escapes.</summary>
        private string IriRef()
        {
            Take("<");
            var iri = new StringBuilder();
            while (Peek() != '>')
            {
                var c = Next();
                if (c == '\\')
                {
                    iri.Append(UnicodeEscape(Next()));
                    continue;
                }
                Fail(c <= ' ' || "<\"{}|^`".Contains(c), $"an IRI character, not U+{(int)c:X4}");
                iri.Append(c);
            }
            Take(">");
            return iri.ToString();
        }

        /// <summary>The four string forms; a long one ends at the first three quotes, so a quote just before them must be escaped.</summary>
        private string QuotedString()
        {
            var quote = Next();
            var longForm = TryTake(new string(quote, 2));
            if (!longForm && TryTake(quote.ToString()))
            {
                return "";
            }
            var end = longForm ? new string(quote, 3) : quote.ToString();
            var value = new StringBuilder();
            while (!TryTake(end))
            {
                var c = Next();
                Fail(!longForm && c is '\n' or '\r', "no raw line break in a short string");
                value.Append(c == '\\' ? Escape(Next()) : c.ToString());
            }
            return value.ToString();
        }

        private string Escape(char c) => c switch
        {
            't' => "\t",
            'b' => "\b",
            'n' => "\n",
            'r' => "\r",
            'f' => "\f",
            '"' => "\"",
            '\'' => "'",
            '\\' => "\\",
            _ => UnicodeEscape(c),
        };

        private string UnicodeEscape(char c)
        {
            var length = c switch { 'u' => 4, 'U' => 8, _ => 0 };
            Fail(length == 0, $"an escape, not \\{c}");
            Fail(_position + length > text.Length, "hex digits");
            var hex = text.Substring(_position, length);
            Fail(!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code is >= 0xD800 and <= 0xDFFF or > 0x10FFFF,
                $"a code point, not {hex}");
            _position += length;
            return char.ConvertFromUtf32(code);
        }

        private void SkipSpace()
        {
            while (_position < text.Length)
            {
                if (text[_position] == '#')
                {
                    while (_position < text.Length && text[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else if (text[_position] is ' ' or '\t' or '\n' or '\r')
                {
                    _position++;
                }
                else
                {
                    return;
                }
            }
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

        private char Peek() => _position < text.Length ? text[_position] : '\0';

        private char Next()
        {
            Fail(_position >= text.Length, "more input");
            return text[_position++];
        }

        private bool TryTake(string token)
        {
            if (string.CompareOrdinal(text, _position, token, 0, token.Length) != 0)
            {
                return false;
            }
            _position += token.Length;
            return true;
        }

        private bool TryTakeKeyword(string keyword) =>
            string.CompareOrdinal(text, _position, keyword, 0, keyword.Length) == 0
            && _position + keyword.Length < text.Length && char.IsWhiteSpace(text[_position + keyword.Length])
            && TryTake(keyword);

        private void Take(string token)
        {
            SkipSpace();
            Fail(!TryTake(token), $"'{token}'");
        }

        private void Fail(bool failed, string expected)
        {
            if (failed)
            {
                var here = Math.Min(_position, text.Length);
                var line = text[..here].Count(c => c == '\n') + 1;
                throw new FormatException($"Turtle, line {line}: expected {expected} at \"{text.Substring(here, Math.Min(40, text.Length - here))}\"");
            }
        }
    }
}
