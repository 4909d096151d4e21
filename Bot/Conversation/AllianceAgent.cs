using System.Text.Json;
using AllianceBot.Bot.Cards;
using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Bot.Understanding;

namespace AllianceBot.Bot.Conversation;

/// <summary>
/// The conversation. Routes, declared up front: the bot added (conversationUpdate with the bot in membersAdded, or
/// installationUpdate add) → welcome card; a card submit or Slack button → its command; a Slack channel message that
/// mentions no one → nothing; message text → command or question; an <c>adaptiveCard/action</c> invoke → its verb as a command. Subscription commands go to
/// <see cref="ISubscriptionCommands"/> when one is registered. One turn-error handler logs and replies briefly.
/// </summary>
public sealed class AllianceAgent(
    MessageUnderstanding understanding,
    IntentReplies replies,
    WelcomeTracker welcomes,
    IServiceProvider services,
    ILogger<AllianceAgent> logger) : IActivityHandler
{
    private const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        using var operation = Telemetry.Source.StartActivity(Telemetry.Answer);
        operation?.SetTag("bot.channel", activity.ChannelId);
        operation?.SetTag("bot.activity_type", activity.Type);
        try
        {
            return activity.Type switch
            {
                ActivityTypes.ConversationUpdate when BotWasAdded(activity) => await WelcomeAsync(turn, ct),
                ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true => await WelcomeAsync(turn, ct),
                ActivityTypes.Message when CardActions.SubmittedCommand(activity) is { } command => await CommandAsync(turn, command, ct),
                ActivityTypes.Message when SlackChannels.IsUnaddressedChannelMessage(activity) => null,
                ActivityTypes.Message => await MessageAsync(turn, ct),
                ActivityTypes.Invoke when activity.Name == AdaptiveCardAction => await ExecuteAsync(turn, ct),
                _ => null,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await FailAsync(turn, e, ct);
        }
    }

    private async Task<InvokeResponse?> WelcomeAsync(ITurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.Id is not { } id || welcomes.ShouldWelcome(id))
        {
            await SendAsync(turn, replies.Welcome(), ct);
        }

        return null;
    }

    private Task<InvokeResponse?> MessageAsync(ITurnContext turn, CancellationToken ct) =>
        HandleAsync(turn, understanding.Understand(turn.Activity), ct);

    private Task<InvokeResponse?> CommandAsync(ITurnContext turn, string command, CancellationToken ct) =>
        HandleAsync(turn, understanding.UnderstandText(command, MessageUnderstanding.ZoneOf(turn.Activity.LocalTimezone)), ct);

    private async Task<InvokeResponse?> ExecuteAsync(ITurnContext turn, CancellationToken ct)
    {
        if (CardActions.ExecutedCommand(turn.Activity) is not { } command)
        {
            return Invoke(400, "application/vnd.microsoft.error", new { code = "BadRequest", message = "The card action has no verb or command." });
        }

        await CommandAsync(turn, command, ct);
        return Invoke(200, "application/vnd.microsoft.activity.message", "Done.");
    }

    private async Task<InvokeResponse?> HandleAsync(ITurnContext turn, Intent intent, CancellationToken ct)
    {
        Log.Understood(logger, turn.Activity.Type, turn.Activity.ChannelId, intent.Kind);
        if (intent.Kind == IntentKind.Subscription)
        {
            await SubscriptionAsync(turn, intent, ct);
            return null;
        }

        await SendAsync(turn, await replies.ReplyAsync(intent, ct), ct);
        return null;
    }

    private async Task SubscriptionAsync(ITurnContext turn, Intent intent, CancellationToken ct)
    {
        if (services.GetService<ISubscriptionCommands>() is { } subscriptions)
        {
            await subscriptions.HandleAsync(turn, intent.Command!, intent.Arguments, ct);
            return;
        }

        await SendAsync(turn, Replies.Notice("Subscriptions", "Subscriptions are not available on this bot yet. You can still ask questions."), ct);
    }

    private async Task SendAsync(ITurnContext turn, Reply reply, CancellationToken ct)
    {
        var result = await turn.SendAsync(ReplyRenderer.Render(reply, turn.Activity.ChannelId), ct);
        if (result is not SendResult.Sent)
        {
            Log.NotDelivered(logger, turn.Activity.ChannelId, result.ToString());
        }
    }

    private async Task<InvokeResponse?> FailAsync(ITurnContext turn, Exception e, CancellationToken ct)
    {
        Log.TurnFailed(logger, e, turn.Activity.Type, turn.Activity.ChannelId);
        try
        {
            await turn.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Sorry, something went wrong answering that. Please try again.", TextFormat = "plain" }, ct);
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            Log.TurnFailed(logger, inner, turn.Activity.Type, turn.Activity.ChannelId);
        }

        return turn.Activity.Type == ActivityTypes.Invoke
            ? Invoke(500, "application/vnd.microsoft.error", new { code = "InternalError", message = "Something went wrong." })
            : null;
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;

    private static InvokeResponse Invoke(int status, string type, object value) =>
        new(200, JsonSerializer.SerializeToElement(new { statusCode = status, type, value }));
}
