using System.Text.RegularExpressions;
using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Answering;

/// <summary>Yes or no, decided by facts only: the newest Article 5 stance; a deployment to the place asked about; a denial.</summary>
public static partial class Verdicts
{
    /// <summary>"No. …" when the newest stance is not-invoked (adding the history of invocations), "Yes. …" when it is invoked.</summary>
    public static string? Article5(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var stances = facts.Where(f => f.Kind == FactKind.Article5).ToList();
        var notInvoked = stances.Where(f => f.Stance == Article5Stance.NotInvoked).OrderByDescending(FactFields.DayOf).FirstOrDefault();
        var invoked = stances.Where(f => f.Stance == Article5Stance.Invoked).OrderByDescending(FactFields.DayOf).ToList();
        var latestInvoked = invoked.FirstOrDefault(f => f.Date is not null);
        if (notInvoked is not null && (latestInvoked is null || latestInvoked.Date <= notInvoked.Date))
        {
            var history = invoked.Count > 0 ? $" It has been invoked before; the source says: {FactText.Quoted(invoked[0].Evidence)}" : string.Empty;
            return $"No. {FactText.WithDate(notInvoked)}{history}";
        }

        if (invoked.Count > 0)
        {
            return $"Yes. {FactText.Sentence(invoked[0].Summary)} The source says: {FactText.Quoted(invoked[0].Evidence)}";
        }

        return stances.Count > 0
            ? "No fact says Article 5 has been invoked; the facts record these stances on it."
            : null;
    }

    /// <summary>The first fact, best ranked first, that decides the question; null when none does.</summary>
    public static string? YesNo(Question question, IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts.Take(10))
        {
            if (Decide(question, fact) is { } verdict)
            {
                return verdict;
            }
        }

        return "The facts don't answer that with a plain yes or no; here is what they say.";
    }

    private static string? Decide(Question question, Fact fact)
    {
        if (fact.Kind == FactKind.Deployment && (question.Countries.Count == 0 || fact.To.Intersect(question.Countries, StringComparer.OrdinalIgnoreCase).Any()))
        {
            return fact.Certainty switch
            {
                Certainty.Denied => $"No. {FactText.WithDate(fact)}",
                Certainty.Expected => $"Not yet: it is only expected. {FactText.WithDate(fact)}",
                _ => $"Yes. {FactText.WithDate(fact)}",
            };
        }

        if (fact.Kind == FactKind.Statement && fact.Quote is { } quote && Negation().IsMatch(quote) && Mentions(quote, question.Words))
        {
            return $"No, according to {fact.Speaker ?? "the source"} ({FactText.Date(fact)}): {FactText.Quoted(quote)}";
        }

        if (fact.Certainty == Certainty.Denied)
        {
            return $"No. {FactText.WithDate(fact)}";
        }

        return question.RequiredKinds.Contains(fact.Kind) && fact.Certainty == Certainty.Reported && fact.Kind != FactKind.Statement
            ? $"Yes. {FactText.WithDate(fact)}"
            : null;
    }

    /// <summary>True when the quote contains one of the question's words (by its first five letters, a crude stem).</summary>
    private static bool Mentions(string quote, IReadOnlyList<string> words) =>
        words.Where(w => w.Length >= 3).Any(w => quote.Contains(w[..Math.Min(w.Length, 5)], StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(no|not|never|none|nor|without)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
