using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// The chat commands about subscriptions: <c>subscribe …</c>, <c>unsubscribe</c>, <c>settings</c>, <c>digest now</c>.
/// The conversation recognises the command word and hands over the rest of the text (or a card's submitted value).
/// </summary>
public interface ISubscriptionCommands
{
    /// <summary>Runs <paramref name="command"/> (one of <see cref="SubscriptionCommandNames"/>) and replies in <paramref name="turn"/>.</summary>
    Task HandleAsync(ITurnContext turn, string command, string arguments, CancellationToken ct = default);
}
