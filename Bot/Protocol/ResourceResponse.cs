namespace AllianceBot.Bot.Protocol;

/// <summary>The connector's answer to a send, reply or update: the id of the activity (may be absent, e.g. Teams).</summary>
public sealed record ResourceResponse(string? Id);
