using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Cards;

/// <summary>Makes the replies the bot sends: answers, latest facts, sources, help and welcome.</summary>
public static class Replies
{
    /// <summary>The longest quote or excerpt shown; longer ones are cut with "…" (the size limit needs a bound).</summary>
    public const int MaxTextLength = 1200;

    private static readonly ReplyButton Subscribe = new("Subscribe to the daily digest", SubscriptionCommandNames.Subscribe);
    private static readonly ReplyButton Latest = new("Latest facts", "latest");
    private static readonly ReplyButton Help = new("Help", "help");

    public static Reply Answer(string question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new Reply(Trim(question, 140), answer.Lead)
        {
            Items = answer.Facts.Select(Item).ToList(),
            MoreCount = answer.MoreCount,
            Suggestions = answer.Suggestions,
        };
    }

    public static Reply LatestFacts(SearchResult result, string period, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Facts.Count == 0
            ? new Reply("Latest facts", $"No facts{period} yet.") { Suggestions = suggestions }
            : new Reply("Latest facts", $"The newest facts{period}, newest first.")
            {
                Items = result.Facts.Take(8).Select(Item).ToList(),
                MoreCount = Math.Max(0, result.Total - Math.Min(8, result.Facts.Count)),
            };
    }

    public static Reply Sources(IReadOnlyList<SourceSummary> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var shown = sources.Take(15).ToList();
        return new Reply("Sources", sources.Count == 0
            ? "No articles have been read yet."
            : $"Facts come from {sources.Count} article{(sources.Count == 1 ? string.Empty : "s")}, newest first.")
        {
            Items = shown.Select(s => new ReplyItem(s.Title, s.Published is { } p ? FactText.Day(p) : "date not given", s.Publisher, s.Url)
            {
                Excerpt = $"{s.FactCount} fact{(s.FactCount == 1 ? string.Empty : "s")}",
            }).ToList(),
            MoreCount = sources.Count - shown.Count,
        };
    }

    public static Reply HelpText(IReadOnlyList<string> examples) => new(
        "AllianceBot help",
        "Ask about NATO and alliance news in plain words: Article 4 requests, Article 5, deployments, what officials said. "
        + "Commands: help, latest (or what's new since Monday), sources, subscribe, unsubscribe, settings, digest now.")
    {
        Suggestions = examples,
        Buttons = [Subscribe, Latest],
    };

    public static Reply Welcome(IReadOnlyList<string> examples) => new(
        "Welcome to AllianceBot",
        "I keep a table of key facts from NATO and alliance news, each with its date and source. Ask me a question, "
        + "or subscribe to a daily digest of new facts.")
    {
        Suggestions = examples,
        Buttons = [Subscribe, Latest, Help],
    };

    public static Reply Notice(string title, string text) => new(title, text);

    public static ReplyItem Item(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var item = new ReplyItem(FactText.Sentence(fact.Summary), FactText.Date(fact), FactText.SourceName(fact.Source), SafeUrl(fact.Source.Url));
        return fact.Kind == FactKind.Statement && fact.Quote is { Length: > 0 } quote
            ? item with { Heading = $"{fact.Speaker ?? "Unnamed speaker"}{(fact.Role is null ? string.Empty : $", {fact.Role}")}, said:", Quote = Trim(quote, MaxTextLength) }
            : item with { Excerpt = Trim(fact.Evidence, MaxTextLength) };
    }

    private static string? SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
