using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Cards;
using AllianceBot.Bot.Understanding;

namespace AllianceBot.Bot.Conversation;

/// <summary>Makes the reply to every intent the conversation answers itself (all but subscription commands).</summary>
public sealed class IntentReplies(FactSearch search, AnswerComposer composer, Suggestions suggestions, SourceList sources)
{
    private static readonly string[] FixedExamples =
    [
        "Has Article 5 been invoked?",
        "Are there NATO troops in Ukraine?",
        "What did Stoltenberg say this week?",
        "what's new since Monday",
    ];

    public async Task<Reply> ReplyAsync(Intent intent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        switch (intent.Kind)
        {
            case IntentKind.Question when intent.Question is { } question:
                var found = await search.SearchAsync(question, ct);
                return Replies.Answer(question.Text, composer.Compose(question, found));
            case IntentKind.Latest:
                var latest = await search.LatestAsync(intent.Range, ct);
                return Replies.LatestFacts(latest, Period(intent.Range), Examples());
            case IntentKind.Sources:
                return Replies.Sources(sources.List());
            default:
                return Replies.HelpText(Examples());
        }
    }

    public Reply Welcome() => Replies.Welcome(Examples());

    /// <summary>Example questions: made from the facts held when there are enough, else fixed ones.</summary>
    public IReadOnlyList<string> Examples()
    {
        var made = suggestions.For();
        return made.Count >= 3 ? made : FixedExamples;
    }

    private static string Period(DateRange? range) => range switch
    {
        null => string.Empty,
        { From: { } f, To: { } t } when f == t => $" on {FactText.Day(f)}",
        { From: { } f, To: { } t } => $" from {FactText.Day(f)} to {FactText.Day(t)}",
        { From: { } f } => $" since {FactText.Day(f)}",
        { To: { } t } => $" until {FactText.Day(t)}",
        _ => string.Empty,
    };
}
