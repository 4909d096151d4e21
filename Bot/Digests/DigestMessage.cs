using System.Text.Json;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// The queue message: send <see cref="SubscriptionId"/> its digest for local <see cref="LocalDate"/>. <see cref="ETag"/> is
/// the delivery row's ETag when it was enqueued, so the sender claims the row with one conditional write.
/// </summary>
public sealed record DigestMessage(string SubscriptionId, DateOnly LocalDate, int Throttles = 0, string? ETag = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a message; throws <see cref="FormatException"/> naming what was wrong.</summary>
    public static DigestMessage Parse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize<DigestMessage>(text, Json);
            return message is { SubscriptionId.Length: > 0 }
                ? message
                : throw new FormatException("The digest message has no subscriptionId.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"The digest message is not JSON of {{subscriptionId, localDate}}: {e.Message}", e);
        }
    }
}
