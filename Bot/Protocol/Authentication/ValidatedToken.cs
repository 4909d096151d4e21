namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// A bearer token whose signature, issuer, audience, lifetime and caller were checked. What depends on the activity
/// (channel endorsement of the key, <c>serviceurl</c>) is checked per request.
/// </summary>
public sealed record ValidatedToken(bool IsChannelToken, string? KeyId, string? ServiceUrl, DateTimeOffset ValidTo);
