namespace AllianceBot.Bot.Protocol;

/// <summary>
/// The default <see cref="IActivityHandler"/> until the conversation registers its agent: answers every message with a
/// short help text and ignores other activities (invokes get 501 Not Implemented). It is registered with TryAdd by
/// <c>AddBotProtocol()</c>, which runs first: register the agent with <c>AddSingleton&lt;IActivityHandler, …&gt;()</c>
/// (not TryAdd) so that it replaces this one.
/// </summary>
public sealed class HelpActivityHandler : IActivityHandler
{
    public const string HelpText =
        "I'm AllianceBot. Ask me about NATO and alliance news, e.g. \"What did Poland say about Article 4?\", "
        + "or type \"subscribe\" to get a daily digest of new facts.";

    public async Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.IsType(ActivityTypes.Message))
        {
            await turn.SendAsync(turn.Activity.CreateReply(HelpText), ct);
        }

        return null;
    }
}
