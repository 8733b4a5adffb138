using System.Text;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Contract;

/// <summary>One request of an http/*.http file, with the status its "# @expect" comment names.</summary>
public sealed record HttpRequest(string Method, string Path, int ExpectedStatus, List<(string Name, string Value)> Headers, string? ContentType, string? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8, ContentType ?? "application/json");
        }
        return message;
    }
}

public static partial class HttpFile
{
    /// <summary>Every request of every file, as (file name, index) for a theory.</summary>
    public static TheoryData<string, int> AllRequests()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "http"), "*.http").Order())
        {
            var requests = Parse(File.ReadAllText(file)).ToList();
            for (var i = 0; i < requests.Count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }
        return data;
    }

    public static HttpRequest Request(string file, int index) =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "http", file))).ElementAt(index);

    public static IEnumerable<HttpRequest> Parse(string text)
    {
        var blocks = text.Split("###");
        var variables = Variables(blocks[0]);
        foreach (var block in blocks.Skip(1))
        {
            var lines = block.Split('\n').Select(l => Substitute(l.TrimEnd('\r'), variables)).ToList();
            var expect = lines.Select(l => Expect().Match(l)).FirstOrDefault(m => m.Success)
                         ?? throw new InvalidOperationException($"A request has no '# @expect <status>' comment:{block}");
            var start = lines.FindIndex(l => RequestLine().IsMatch(l));
            var requestLine = RequestLine().Match(lines[start]);
            var headers = new List<(string, string)>();
            string? contentType = null;
            var i = start + 1;
            for (; i < lines.Count && lines[i].Trim().Length > 0; i++)
            {
                var separator = lines[i].IndexOf(':', StringComparison.Ordinal);
                var (name, value) = (lines[i][..separator].Trim(), lines[i][(separator + 1)..].Trim());
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = value;
                }
                else
                {
                    headers.Add((name, value));
                }
            }
            var body = string.Join('\n', lines.Skip(i + 1).Where(l => !l.StartsWith('#'))).Trim();
            yield return new HttpRequest(requestLine.Groups["method"].Value, requestLine.Groups["url"].Value,
                int.Parse(expect.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture),
                headers, contentType, body.Length > 0 ? body : null);
        }
    }

    /// <summary>The file's "@name = value" variables; baseUrl is empty, as the tests talk to the host in process.</summary>
    private static Dictionary<string, string> Variables(string preamble) =>
        preamble.Split('\n').Select(l => Variable().Match(l.TrimEnd('\r'))).Where(m => m.Success)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["name"].Value == "baseUrl" ? "" : m.Groups["value"].Value);

    private static string Substitute(string line, Dictionary<string, string> variables) =>
        variables.Aggregate(line, (text, variable) => text.Replace("{{" + variable.Key + "}}", variable.Value, StringComparison.Ordinal));

    [GeneratedRegex(@"^@(?<name>\w+)\s*=\s*(?<value>.*?)\s*$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^#\s*@expect\s+(?<status>\d{3})")]
    private static partial Regex Expect();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?<url>\S+)")]
    private static partial Regex RequestLine();
}
