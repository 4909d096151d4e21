namespace AllianceBot.Bot.Protocol;

/// <summary>The conversation logic that <c>/api/messages</c> dispatches every authenticated activity to.</summary>
public interface IActivityHandler
{
    /// <summary>Handles one turn. For <c>invoke</c> activities the returned response is the HTTP answer; otherwise return null.</summary>
    Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken ct = default);
}
