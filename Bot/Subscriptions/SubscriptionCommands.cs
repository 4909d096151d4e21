using AllianceBot.Bot.Cards;
using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// <c>subscribe …</c>, <c>unsubscribe</c>, <c>settings</c> and <c>digest now</c>, in 1:1 chats, group chats and channels
/// (one subscription per conversation). Every change is confirmed in words: "Daily at 07:30 Europe/Warsaw: deployments about Poland".
/// </summary>
public sealed class SubscriptionCommands(
    SubscriptionTable table,
    SubscriptionCommandParser parser,
    DigestBuilder builder,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<SubscriptionCommands> logger) : ISubscriptionCommands
{
    private const string Title = "Daily digest";

    public Task HandleAsync(ITurnContext turn, string command, string arguments, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (command ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            SubscriptionCommandNames.Subscribe => SubscribeAsync(turn, arguments, ct),
            SubscriptionCommandNames.Unsubscribe => UnsubscribeAsync(turn, ct),
            SubscriptionCommandNames.Settings => SettingsAsync(turn, ct),
            SubscriptionCommandNames.DigestNow => DigestNowAsync(turn, ct),
            _ => NoticeAsync(turn, Title, $"I don't know the command \"{command}\". Try subscribe, unsubscribe, settings or digest now.", ct),
        };
    }

    private async Task SubscribeAsync(ITurnContext turn, string arguments, CancellationToken ct)
    {
        var current = await table.GetAsync(IdOf(turn), ct);
        if (string.IsNullOrWhiteSpace(arguments) && current is { Active: true })
        {
            await NoticeAsync(turn, Title, $"Already subscribed. {current.Describe()}. Type settings to change it.", ct);
            return;
        }

        var parsed = parser.Parse(arguments, turn.Activity.LocalTimezone);
        await SaveAsync(turn, parsed, ct);
    }

    private async Task SettingsAsync(ITurnContext turn, CancellationToken ct)
    {
        if (SubscriptionSettingsForm.TryGetInputs(turn.Activity.Value, out var inputs))
        {
            await SaveAsync(turn, SubscriptionSettingsForm.Parse(inputs, DefaultZone(turn)), ct);
            return;
        }

        var current = await table.GetAsync(IdOf(turn), ct);
        await SendAsync(turn, SubscriptionSettingsCard.Render(current, DefaultZone(turn), turn.Activity.ChannelId), ct);
    }

    private async Task UnsubscribeAsync(ITurnContext turn, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stopped = await table.ChangeAsync(IdOf(turn), s => s is { Active: true }
            ? s with { Active = false, InactiveReason = "Unsubscribed", UpdatedAt = now }
            : null, ct);
        var text = stopped is { Active: false, InactiveReason: "Unsubscribed" } && stopped.UpdatedAt == now
            ? "Unsubscribed: no more daily digests in this conversation. Type subscribe to start again."
            : "This conversation has no daily digest. Type subscribe to start one.";
        await NoticeAsync(turn, Title, text, ct);
    }

    private async Task DigestNowAsync(ITurnContext turn, CancellationToken ct)
    {
        var current = await table.GetAsync(IdOf(turn), ct);
        var digest = current is { Active: true }
            ? await builder.BuildAsync(current, ct)
            : await builder.BuildAsync(SubscriptionTopics.All, time.GetUtcNow() - options.Value.FirstDigestLookback, ct);
        await SendAsync(turn, DigestReplies.ToActivity(digest, turn.Activity.ChannelId, options.Value.MaxFactsPerDigest), ct);
    }

    private async Task SaveAsync(ITurnContext turn, SubscriptionParseResult parsed, CancellationToken ct)
    {
        if (parsed.Request is not { } request)
        {
            await NoticeAsync(turn, "Subscription not changed", parsed.Error!, ct);
            return;
        }

        var reference = Normalize(turn.Reference);
        var id = SubscriptionKeys.IdFor(reference);
        var now = time.GetUtcNow();
        var saved = await table.ChangeAsync(id, current => Apply(current, id, reference, request, now), ct);
        logger.LogInformation("Subscription {SubscriptionId} saved: {Description}", id, saved!.Describe());
        await NoticeAsync(turn, Title, $"Subscribed. {saved.Describe()}. Type settings to change it, unsubscribe to stop.", ct);
    }

    private static Subscription Apply(Subscription? current, string id, ConversationReference reference, SubscriptionRequest request, DateTimeOffset now)
    {
        var wasActive = current is { Active: true };
        var next = new Subscription
        {
            Id = id,
            Reference = reference,
            Topics = request.Topics,
            At = request.At,
            TimeZone = request.TimeZone,
            CreatedAt = current?.CreatedAt ?? now,
            UpdatedAt = now,
            ActiveSince = wasActive ? current!.ActiveSince : now,
            LastDeliveredDate = current?.LastDeliveredDate,
            LastDigestAt = current?.LastDigestAt,
        };
        return next with { NextDueAt = DigestClock.NextDueAt(next) };
    }

    /// <summary>Proactive sends go to the conversation itself (a Teams channel, not the thread the command came in).</summary>
    private static ConversationReference Normalize(ConversationReference reference) => reference with
    {
        Conversation = reference.Conversation with { Id = SubscriptionKeys.BaseConversationId(reference.Conversation.Id) },
        ActivityId = null,
    };

    private static string IdOf(ITurnContext turn) => SubscriptionKeys.IdFor(turn.Reference);

    private static string DefaultZone(ITurnContext turn) => TimeZoneNames.Find(turn.Activity.LocalTimezone)?.Id ?? "UTC";

    private Task NoticeAsync(ITurnContext turn, string title, string text, CancellationToken ct) =>
        SendAsync(turn, ReplyRenderer.Render(Replies.Notice(title, text), turn.Activity.ChannelId), ct);

    private async Task SendAsync(ITurnContext turn, Activity activity, CancellationToken ct)
    {
        var result = await turn.SendAsync(activity, ct);
        if (result is not SendResult.Sent)
        {
            logger.LogWarning("Subscription reply not delivered in {ChannelId}: {Result}", turn.Activity.ChannelId, result);
        }
    }
}
