namespace OpenData.Api.Catalog;

/// <summary>
/// Labels of the controlled vocabularies the catalogue names, as those vocabularies publish them: the DCAT-AP 3.0.1 shapes
/// require every skos:Concept to carry a skos:prefLabel and every skos:ConceptScheme a dct:title, and a harvester that does
/// not load the vocabularies still shows a name.
/// </summary>
public static class Vocabularies
{
    /// <summary>The EU Publications Office's authority table "Data theme".</summary>
    public const string DataThemeScheme = "http://publications.europa.eu/resource/authority/data-theme";

    public const string DataThemeSchemeTitle = "Data theme";

    /// <summary>The table's thirteen themes with their Swedish and English labels (OP_DATPRO, "provisional data", is left out).</summary>
    public static readonly IReadOnlyDictionary<string, (string Sv, string En)> DataThemes = new Dictionary<string, (string, string)>
    {
        ["AGRI"] = ("Jordbruk, fiske, skogsbruk och livsmedel", "Agriculture, fisheries, forestry and food"),
        ["ECON"] = ("Ekonomi och finans", "Economy and finance"),
        ["EDUC"] = ("Utbildning, kultur och sport", "Education, culture and sport"),
        ["ENER"] = ("Energi", "Energy"),
        ["ENVI"] = ("Miljö", "Environment"),
        ["GOVE"] = ("Regeringen och den offentliga sektorn", "Government and public sector"),
        ["HEAL"] = ("Hälsa", "Health"),
        ["INTR"] = ("Internationella frågor", "International issues"),
        ["JUST"] = ("Rättvisa, rättsliga system och allmän säkerhet", "Justice, legal system and public safety"),
        ["REGI"] = ("Regioner och städer", "Regions and cities"),
        ["SOCI"] = ("Befolkning och samhälle", "Population and society"),
        ["TECH"] = ("Vetenskap och teknik", "Science and technology"),
        ["TRAN"] = ("Transport", "Transport"),
    };

    /// <summary>ADMS publisher types (SEMIC's ADMS vocabulary, labelled in English only), by the last segment of their IRI.</summary>
    public const string PublisherTypeNamespace = "http://purl.org/adms/publishertype/";

    public static readonly IReadOnlyDictionary<string, string> PublisherTypes = new Dictionary<string, string>
    {
        ["Academia-ScientificOrganisation"] = "Academia/Scientific organisation",
        ["Company"] = "Company",
        ["IndustryConsortium"] = "Industry consortium",
        ["LocalAuthority"] = "Local Authority",
        ["NationalAuthority"] = "National authority",
        ["NonGovernmentalOrganisation"] = "Non-Governmental Organisation",
        ["NonProfitOrganisation"] = "Non-Profit Organisation",
        ["PrivateIndividual(s)"] = "Private Individual(s)",
        ["RegionalAuthority"] = "Regional authority",
        ["StandardisationBody"] = "Standardisation body",
        ["SupraNationalAuthority"] = "Supra-national authority",
    };
}
