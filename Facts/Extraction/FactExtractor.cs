using AllianceBot.Facts.Extraction.Rules;
using AllianceBot.Facts.Model;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Turns a news article into grounded facts: reads it once (<see cref="ArticleAnalyzer"/>), runs one rule per fact
/// kind, and gives every fact its deterministic id. Every fact carries its evidence sentence, cut verbatim from the
/// article; every statement's quote is a verbatim substring of the article.
/// </summary>
public sealed class FactExtractor
{
    private readonly ArticleAnalyzer analyzer;
    private readonly IReadOnlyList<IFactRule> rules;
    private readonly ILogger<FactExtractor> logger;

    internal FactExtractor(ArticleAnalyzer analyzer, IEnumerable<IFactRule> rules, ILogger<FactExtractor> logger)
    {
        this.analyzer = analyzer;
        this.rules = rules.ToList();
        this.logger = logger;
    }

    /// <summary>Extracts the facts of <paramref name="article"/>, in the order of the rules, without duplicates.</summary>
    public IReadOnlyList<Fact> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var doc = analyzer.Analyze(article);
        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var fact in rule.Apply(doc))
            {
                if (seen.Add(Content(fact)))
                {
                    facts.Add(FactIds.WithId(fact));
                }
            }
        }

        logger.LogDebug("Extracted {Count} facts from {Url}", facts.Count, article.Url);
        return facts;
    }

    /// <summary>What <see cref="FactIds"/> hashes (the source is the same for all): equal content, equal id, one fact.</summary>
    private static string Content(Fact f) => string.Join('\u001f', f.Kind, f.Date, string.Join(',', f.Requesters), f.Stance, f.By,
        string.Join(',', f.To), string.Join(',', f.Assets), f.Speaker, f.Quote, f.Certainty, f.Evidence);
}
