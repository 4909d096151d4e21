namespace AllianceBot.Bot.Protocol;

/// <summary>An error answer of <c>/api/messages</c>, in the Bot Framework's shape: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorBody(ErrorDetail Error);

/// <summary>What went wrong: a short code and a message naming the problem.</summary>
public sealed record ErrorDetail(string Code, string Message);
