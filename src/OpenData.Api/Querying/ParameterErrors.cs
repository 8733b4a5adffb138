using OpenData.Api.Infrastructure;

namespace OpenData.Api.Querying;

/// <summary>What is wrong with a parameter, in Swedish and in English: the API answers in English, a page in its own language.</summary>
public sealed record ErrorMessage(string Sv, string En)
{
    public string In(Language language) => language == Language.En ? En : Sv;

    /// <summary>The message as a sentence of its own, ended with a full stop in both languages.</summary>
    public ErrorMessage Sentence() => new(Sv + ".", En + ".");
}

/// <summary>The bad parameters of a request, each with what is wrong with it; one parameter may have several messages.</summary>
public sealed class ParameterErrors
{
    private readonly Dictionary<string, List<ErrorMessage>> _byParameter = new(StringComparer.Ordinal);

    public int Count => _byParameter.Count;

    public void Add(string parameter, ErrorMessage message)
    {
        if (!_byParameter.TryGetValue(parameter, out var messages))
        {
            _byParameter[parameter] = messages = [];
        }
        messages.Add(message);
    }

    public void Add(string parameter, string sv, string en) => Add(parameter, new ErrorMessage(sv, en));

    /// <summary>The messages in one language by parameter, as problem details' errors list them.</summary>
    public Dictionary<string, string[]> In(Language language) =>
        _byParameter.ToDictionary(p => p.Key, p => p.Value.Select(m => m.In(language)).ToArray(), StringComparer.Ordinal);
}
