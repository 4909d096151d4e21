using System.Globalization;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Answering;

/// <summary>How facts read in sentences: dates, lists of names, sentence ends.</summary>
public static class FactText
{
    public static string Date(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Date is { } date ? Day(date)
            : fact.Source.Published is { } published ? $"date not given; reported {Day(published)}"
            : "date not given";
    }

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.Length == 0 || ".!?\"”".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }

    /// <summary>"NATO did not invoke Article 5 (24 Feb 2022)." — the summary with its date, as one sentence.</summary>
    public static string WithDate(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return $"{fact.Summary.Trim().TrimEnd('.')} ({Date(fact)}).";
    }

    public static string Quoted(string text) => $"“{text.Trim().Trim('"', '“', '”').Trim()}”";

    public static string SourceName(FactSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Publisher ?? source.Title
            ?? (Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) ? uri.Host : "source");
    }
}
