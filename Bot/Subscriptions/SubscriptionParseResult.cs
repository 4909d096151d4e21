namespace AllianceBot.Bot.Subscriptions;

/// <summary>A parsed request, or the sentence that says what was wrong with the command.</summary>
public sealed record SubscriptionParseResult(SubscriptionRequest? Request, string? Error)
{
    public static SubscriptionParseResult Ok(SubscriptionRequest request) => new(request, null);

    public static SubscriptionParseResult Fail(string error) => new(null, error);
}
