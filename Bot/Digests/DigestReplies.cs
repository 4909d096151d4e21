using System.Globalization;
using AllianceBot.Bot.Cards;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Turns a digest into a <see cref="Reply"/> of <c>Bot/Cards</c>, so it renders per channel like answers (Adaptive Card
/// 1.5, Slack blocks, text; under 80 KB with "and N more"). Facts keep the digest's order (most important kind first);
/// each heading names its kind, and the lead counts the facts per kind.
/// </summary>
public static class DigestReplies
{
    private static readonly ReplyButton Settings = new("Digest settings", SubscriptionCommandNames.Settings);
    private static readonly ReplyButton Unsubscribe = new("Unsubscribe", SubscriptionCommandNames.Unsubscribe);

    public static Reply Render(Digest digest, int maxFacts)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var since = digest.Since.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        if (digest.IsEmpty)
        {
            return new Reply(digest.Title, $"Nothing new since {since}.") { Buttons = [Settings, Unsubscribe] };
        }

        var counts = digest.Groups.Select(g => $"{g.Facts.Count} {Label(g.Kind, g.Facts.Count)}");
        var facts = digest.Groups.SelectMany(g => g.Facts).ToList();
        var shown = facts.Take(maxFacts).ToList();
        return new Reply(digest.Title, $"{digest.FactCount} new since {since}: {SubscriptionTopics.JoinWords(counts)}.")
        {
            Items = shown.Select(f => Item(f)).ToList(),
            MoreCount = facts.Count - shown.Count,
            Buttons = [Settings, Unsubscribe],
        };
    }

    /// <summary>The digest as the activity for <paramref name="channelId"/> (card, Slack blocks or text), under 80 KB.</summary>
    public static Activity ToActivity(Digest digest, string? channelId, int maxFacts) =>
        ReplyRenderer.Render(Render(digest, maxFacts), channelId);

    /// <summary>One fact as the answers show it, its heading prefixed with its kind ("Deployment: …").</summary>
    public static ReplyItem Item(Fact fact)
    {
        var item = Replies.Item(fact);
        return item with { Heading = $"{Kind(fact.Kind)}: {item.Heading}" };
    }

    private static string Kind(FactKind kind) => kind switch
    {
        FactKind.Article5 => "Article 5",
        FactKind.Article4Request => "Article 4 request",
        FactKind.Deployment => "Deployment",
        FactKind.Decision => "Decision",
        FactKind.Statement => "Statement",
        _ => "Event",
    };

    private static string Label(FactKind kind, int count) =>
        count == 1 ? TopicWords.Plural(kind) switch
        {
            "Article 5 stances" => "Article 5 stance",
            var plural => plural.TrimEnd('s'),
        } : TopicWords.Plural(kind);
}
