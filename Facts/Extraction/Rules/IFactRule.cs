using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>One kind of fact: reads an analysed article and returns the facts of its kind, each with its evidence.</summary>
internal interface IFactRule
{
    IEnumerable<Fact> Apply(AnalyzedArticle doc);
}
