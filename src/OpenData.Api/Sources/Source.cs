using System.ComponentModel;
namespace OpenData.Api.Sources;

/// <summary>A document that states a fact: a web page, an agreement text, a report, a data file.</summary>
public class Source : OpenData.Api.Data.ITracked, OpenData.Api.Data.ISearchable
{
    public required string Id { get; set; }
    public SourceKind Kind { get; set; }
    /// <summary>The title in the document's own language.</summary>
    public required string Title { get; set; }
    /// <summary>ISO 639-1 code of the document's language.</summary>
    public string Language { get; set; } = "sv";
    public string? Publisher { get; set; }
    /// <summary>ISO 8601 date, possibly reduced precision ("2019-12", "2017").</summary>
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string? NoteSv { get; set; }
    public string? NoteEn { get; set; }
    /// <summary>The source that names this document, for documents known only by mention.</summary>
    public string? MentionedInId { get; set; }
    public Source? MentionedIn { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string SearchText { get; set; } = "";
    public string? SeedHash { get; set; }

    public IEnumerable<string?> SearchTerms() => [Id, Title, Publisher];
}

[Description("Typ av källa. / Kind of source.")]
public enum SourceKind
{
    [Description("Webbsida. / Web page.")]
    WebPage,
    [Description("Dokument. / Document.")]
    Document,
    [Description("Rapport. / Report.")]
    Report,
    [Description("Överenskommelsetext. / Text of an agreement.")]
    Agreement,
    [Description("Författning. / Legislation.")]
    Legislation,
    [Description("Datafil. / Data file.")]
    DataFile,
    [Description("Programmeringsgränssnitt. / API.")]
    Api,
}
