namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>The outcome of checking one inbound request: authenticated (with a token), anonymous (auth off), or refused.</summary>
public sealed record AuthenticationResult(bool Succeeded, bool HasToken, string? Failure)
{
    public static AuthenticationResult Anonymous { get; } = new(true, false, null);

    public static AuthenticationResult Authenticated { get; } = new(true, true, null);

    public static AuthenticationResult Fail(string reason) => new(false, false, reason);
}
