using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>The fields every fact shares: kind, summary, verbatim evidence, the places it names, the source.</summary>
internal static class FactDraft
{
    public static Fact Create(AnalyzedArticle doc, FactKind kind, TextRange evidence, string summary) => new()
    {
        Id = string.Empty,
        Kind = kind,
        Summary = summary,
        Evidence = doc.Slice(evidence).Trim(),
        Source = doc.Source,
        Countries = doc.PlacesIn(evidence).Select(p => p.Place.Name).Distinct(StringComparer.Ordinal).ToList(),
    };
}
