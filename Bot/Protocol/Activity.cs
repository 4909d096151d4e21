using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Bot.Protocol;

/// <summary>
/// A Bot Framework activity. Fields the bot does not model are kept in <see cref="Extra"/>,
/// so <c>channelData</c>, <c>entities</c> and anything new round-trip untouched.
/// </summary>
public sealed record Activity
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>IANA time zone of the client, e.g. <c>Europe/Warsaw</c>.</summary>
    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? Text { get; init; }

    public string? Summary { get; init; }

    public string? Locale { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<JsonElement>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    public string? ReplyToId { get; init; }

    public JsonElement? Value { get; init; }

    public string? Name { get; init; }

    public string? Action { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public string? DeliveryMode { get; init; }

    public string? InputHint { get; init; }

    /// <summary>Fields not modelled above, kept as they came (settable only because source-generated JSON needs it).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>
    /// A message answering this activity: <c>from</c> and <c>recipient</c> swapped, same conversation and channel,
    /// <c>replyToId</c> = this activity's id, same locale. No <c>serviceUrl</c>, <c>id</c> or <c>timestamp</c> (the channel sets those).
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>True when this activity has the given type (case-insensitive, as channels differ).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
